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
        NOT_FOUND,
        /** The request clashes with what exists: a name taken, a read-only rule (409). */
        CONFLICT
    }

    private final Reason reason;
    private final String field;

    public MonitorException(Reason reason, String message) {
        this(reason, null, message);
    }

    /** A problem with one field of the request (its path, such as {@code condition.lag_above}). */
    public MonitorException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The field of the request the problem is about, or null. */
    public String field() {
        return field;
    }
}
