package io.shiftleft.platform;

/**
 * The lifecycle phase of a statement, the same on every platform. A phase a platform reports that
 * an adapter does not know maps to {@link #UNKNOWN}: never an exception.
 */
public enum StatementPhase {
    /** Accepted, not running yet (CCF PENDING; a gateway operation or a job still starting). */
    PENDING(false),
    /** Running (a streaming DML, or a long query). */
    RUNNING(false),
    /** Done: a DDL that took effect, a bounded statement that ended. */
    COMPLETED(true),
    /** Running, but unhealthy (restarting, or so reported by the platform). */
    DEGRADED(false),
    /** Failing: about to fail or restart. */
    FAILING(false),
    /** Failed; the status detail and {@code exceptions} say why. */
    FAILED(true),
    /** A stop was requested and is in progress. */
    STOPPING(false),
    /** Stopped on request; it can be resumed. */
    STOPPED(true),
    /** A delete was requested and is in progress. */
    DELETING(false),
    /** A phase this adapter does not know. */
    UNKNOWN(false);

    private final boolean terminal;

    StatementPhase(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the statement stays in this phase until someone acts on it. */
    public boolean isTerminal() {
        return terminal;
    }
}
