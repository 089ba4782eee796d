/**
 * Tracking: each environment is listed once per poll interval (one paged list call), the listing is
 * compared with the last known state (kept in PostgreSQL, so a restart announces nothing twice),
 * and every change is written, together with the {@code statement-status} record and the one {@code
 * PipelineEvent} it causes, in one transaction through the outbox. Committed changes are then
 * published in the application (Spring application events, after commit): each {@link
 * io.shiftleft.monitor.tracking.Change}, each {@link io.shiftleft.monitor.tracking.MonitorEvent},
 * each {@link io.shiftleft.monitor.tracking.CycleCompleted} and each {@link
 * io.shiftleft.monitor.tracking.MetricsObserved}. That is the seam for alert rules, the
 * server-sent-events stream and the Prometheus gauges; a rule that raises its own events writes
 * them through {@link io.shiftleft.monitor.tracking.Announcements} in a transaction.
 */
package io.shiftleft.monitor.tracking;
