/**
 * Alerts for people (Slack, Teams, PagerDuty, email), on Alertmanager's model: events become alerts
 * with a fingerprint ({@link io.shiftleft.notifier.alert.AlertSignals}), alerts are grouped per
 * subscription by label values and notified after a group wait, changes after a group interval and
 * still-firing groups again after a repeat interval; repeats of a firing alert are deduplicated,
 * silences (from the API or from planned deployments) mute matching alerts, and each channel has
 * its template.
 */
package io.shiftleft.notifier.alert;
