package io.shiftleft.platform.apache;

import io.shiftleft.platform.StatementPhase;

/**
 * Flink's words for a job or a gateway operation, mapped to the unified phase (platform-apis C.2).
 * A word this adapter does not know maps to {@link StatementPhase#UNKNOWN}, never to an exception.
 */
final class JobPhases {

    private JobPhases() {}

    /**
     * The phase of a statement whose job is in {@code state}.
     *
     * @param stopRequested whether the adapter asked the job to stop: a running job is then
     *     STOPPING (its savepoint is being written) and a finished one STOPPED, not COMPLETED
     */
    static StatementPhase ofJob(String state, boolean stopRequested) {
        return switch (state) {
            case "INITIALIZING", "CREATED", "RECONCILING" -> StatementPhase.PENDING;
            case "RUNNING" -> stopRequested ? StatementPhase.STOPPING : StatementPhase.RUNNING;
            case "RESTARTING" -> StatementPhase.DEGRADED;
            case "FAILING" -> StatementPhase.FAILING;
            case "FAILED" -> StatementPhase.FAILED;
            case "CANCELLING" -> StatementPhase.STOPPING;
            case "CANCELED" -> StatementPhase.STOPPED;
            case "FINISHED" -> stopRequested ? StatementPhase.STOPPED : StatementPhase.COMPLETED;
            default -> StatementPhase.UNKNOWN; // SUSPENDED, and words of later Flink versions
        };
    }

    /**
     * The phase of a statement whose job is {@code job}: as {@link #ofJob(String, boolean)}, except
     * that a RUNNING job whose tasks are still being deployed is PENDING (a savepoint cannot be
     * taken yet, and no record flows).
     */
    static StatementPhase of(JobOverview job, boolean stopRequested) {
        StatementPhase phase = ofJob(job.state(), stopRequested);
        return phase == StatementPhase.RUNNING && !job.tasksUp() ? StatementPhase.PENDING : phase;
    }

    /** The phase of a statement that is only a gateway operation (a query). */
    static StatementPhase ofOperation(String status) {
        return switch (status) {
            case "INITIALIZED", "PENDING" -> StatementPhase.PENDING;
            case "RUNNING" -> StatementPhase.RUNNING;
            case "FINISHED" -> StatementPhase.COMPLETED;
            case "ERROR", "TIMEOUT" -> StatementPhase.FAILED;
            case "CANCELED", "CLOSED" -> StatementPhase.STOPPED;
            default -> StatementPhase.UNKNOWN;
        };
    }

    /** Whether a job in this state will not run again by itself. */
    static boolean isTerminalJob(String state) {
        return switch (state) {
            case "FINISHED", "CANCELED", "FAILED" -> true;
            default -> false;
        };
    }
}
