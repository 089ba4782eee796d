/**
 * The monitor cycle benchmark's simulated platform, outside {@code io.shiftleft.monitor} so that
 * the monitor's component scan never picks it up in a test.
 */
package io.shiftleft.monitorbench;
