/** Reads the alert rules file ({@code monitor.alerts.rules-file}, YAML) at start. */
package io.shiftleft.monitor.alerting.adapter.in.yaml;
