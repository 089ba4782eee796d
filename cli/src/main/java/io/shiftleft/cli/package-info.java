/** The {@code shift-left} command line. */
package io.shiftleft.cli;
