package io.shiftleft.monitor.tracking;

import io.shiftleft.platform.StatementPhase;

/**
 * A tracked statement's phase: the platform's unified phase, plus {@link #MISSING} for a managed
 * statement the platform no longer lists.
 */
public enum Phase {
    PENDING,
    RUNNING,
    COMPLETED,
    DEGRADED,
    FAILING,
    FAILED,
    STOPPING,
    STOPPED,
    DELETING,
    UNKNOWN,
    /** The platform no longer lists it. */
    MISSING;

    /** The tracked phase of a platform phase. */
    public static Phase of(StatementPhase phase) {
        return valueOf(phase.name());
    }

    /** Whether the statement is unhealthy in this phase (degraded, failing or failed). */
    public boolean isUnhealthy() {
        return this == DEGRADED || this == FAILING || this == FAILED;
    }

    /** Whether the statement processes records in this phase (its lag means something). */
    public boolean isActive() {
        return this == RUNNING || this == DEGRADED || this == PENDING;
    }
}
