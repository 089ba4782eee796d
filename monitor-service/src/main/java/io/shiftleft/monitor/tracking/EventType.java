package io.shiftleft.monitor.tracking;

/** What a {@link MonitorEvent} says happened (the contract's {@code PipelineEventType}). */
public enum EventType {
    STATEMENT_PHASE_CHANGED,
    STATEMENT_FAILED,
    STATEMENT_DEGRADED,
    STATEMENT_RECOVERED,
    STATEMENT_MISSING,
    LAG_HIGH,
    LAG_RECOVERED,
    POOL_SATURATED,
    OUT_OF_ORDER,
    /** An alert rule's condition held for its {@code for} (package {@code alerting}). */
    ALERT_FIRING,
    /** A firing alert's condition stayed clear for its {@code keep_firing_for}. */
    ALERT_RESOLVED
}
