package io.shiftleft.planner;

/**
 * Why the planner refused something, with a machine-readable reason: a bad request, an unknown
 * table or environment, a project that cannot be planned, an unknown id, or an action the plan's
 * state does not allow. Adapters turn it into a REQUEST_REJECTED event or an HTTP problem.
 */
public class PlannerException extends RuntimeException {

    /** What went wrong, in a stable form. */
    public enum Reason {
        /** The request contradicts itself or misses a field. */
        INVALID_REQUEST,
        /** The request names an environment the planner is not configured for. */
        UNKNOWN_ENVIRONMENT,
        /** The request names a table, product or folder the project does not have. */
        UNKNOWN_TABLE,
        /** The environment's project cannot be read or has errors. */
        PROJECT_INVALID,
        /** No request, plan or table with this id. */
        NOT_FOUND,
        /** The plan's state does not allow the action. */
        WRONG_STATE
    }

    private final Reason reason;

    public PlannerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PlannerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
