package io.shiftleft.monitor;

/**
 * What the monitor answers a request it cannot serve with: a machine-readable reason (which decides
 * the REST status) and a message that says what and where.
 */
public class MonitorException extends RuntimeException {

    /** Why a request failed. */
    public enum Reason {
        /** The request names something malformed (400). */
        INVALID_REQUEST,
        /** The environment is not configured (400). */
        UNKNOWN_ENVIRONMENT,
        /** The statement name is known in several environments, and none was given (400). */
        AMBIGUOUS,
        /** Nothing of that name is tracked (404). */
        NOT_FOUND
    }

    private final Reason reason;

    public MonitorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
