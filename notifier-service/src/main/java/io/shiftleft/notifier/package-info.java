/** The notifier service. */
package io.shiftleft.notifier;
