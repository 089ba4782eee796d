package io.shiftleft.notifier;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the notifier answers a request it cannot serve with: a machine-readable reason (which
 * decides the REST status), a message that says what and where, the request field at fault if any,
 * and further facts for the problem detail (the refused address).
 */
public class NotifierException extends RuntimeException {

    /** Why a request failed. */
    public enum Reason {
        /** A field is missing or malformed (400). */
        INVALID_REQUEST,
        /** A target URL points where the notifier may not send (400). */
        TARGET_REFUSED,
        /** Nothing with that id (404). */
        NOT_FOUND,
        /** The request contradicts the current state (409). */
        CONFLICT
    }

    private final Reason reason;
    private final String field;
    private final Map<String, Object> details;

    public NotifierException(Reason reason, String field, String message) {
        this(reason, field, message, Map.of());
    }

    public NotifierException(
            Reason reason, String field, String message, Map<String, Object> details) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.details = new LinkedHashMap<>(details);
    }

    /** A 400 naming the field. */
    public static NotifierException invalid(String field, String message) {
        return new NotifierException(Reason.INVALID_REQUEST, field, message);
    }

    /** A 404. */
    public static NotifierException notFound(String message) {
        return new NotifierException(Reason.NOT_FOUND, null, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** Further facts for the problem detail. */
    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
