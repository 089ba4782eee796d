/** The monitor service. */
package io.shiftleft.monitor;
