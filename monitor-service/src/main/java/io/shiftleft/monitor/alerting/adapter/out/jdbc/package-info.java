/**
 * Keeps alert rules made through the API ({@code alert_rule}, each as its JSON document) and alerts
 * ({@code alert_instance}, guarded by version) in the monitor's PostgreSQL schema.
 */
package io.shiftleft.monitor.alerting.adapter.out.jdbc;
