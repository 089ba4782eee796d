package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.MonitorEvent;

/**
 * What one evaluation changes about one alert.
 *
 * @param before the alert as it was (null: none)
 * @param after the alert as it is now (null: inactive again, its record deleted)
 * @param write whether the store must be written (false: only the shown value changed)
 * @param event the ALERT_FIRING or ALERT_RESOLVED event it announces, or null
 */
public record AlertTransition(
        AlertInstance before, AlertInstance after, boolean write, MonitorEvent event) {}
