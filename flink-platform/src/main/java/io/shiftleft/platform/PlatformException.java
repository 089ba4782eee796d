package io.shiftleft.platform;

import java.util.Objects;
import java.util.Optional;

/**
 * A platform call that did not do what was asked, with a reason callers can act on and the
 * platform's own message. Never carries credentials.
 */
public class PlatformException extends RuntimeException {

    /** Why a call failed. */
    public enum Reason {
        /** The statement (or pool) does not exist. */
        NOT_FOUND(false),
        /** A statement of that name exists already (and is not the one asked for). */
        CONFLICT(false),
        /** The platform refused the request: bad SQL, bad property, bad field. */
        INVALID_REQUEST(false),
        /** The name breaks the platform's rules; found before any call. */
        INVALID_NAME(false),
        /** The credentials are missing, wrong, or lack a permission. */
        UNAUTHORIZED(false),
        /** The platform throttled us and retries ran out of time. */
        THROTTLED(true),
        /** The platform could not be reached or answered 5xx, and retries ran out of time. */
        UNAVAILABLE(true),
        /** The deadline passed before the statement reached the awaited phase. */
        TIMEOUT(true),
        /** The statement ended in a phase that the wait can no longer leave (e.g. FAILED). */
        UNEXPECTED_PHASE(false),
        /** The capability does not exist on this platform. */
        UNSUPPORTED(false);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** Whether doing the same again later may succeed. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Reason reason;
    private final String statement;
    private final String requestId;

    public PlatformException(Reason reason, String statement, String message) {
        this(reason, statement, message, null, null);
    }

    /**
     * @param reason why
     * @param statement the statement (or pool) concerned, may be null
     * @param message what happened, with the platform's message verbatim
     * @param requestId the platform's request id (CCF {@code X-Request-Id}), may be null
     * @param cause the underlying exception, may be null
     */
    public PlatformException(
            Reason reason, String statement, String message, String requestId, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statement = statement;
        this.requestId = requestId;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public String getMessage() {
        String base =
                reason
                        + (statement == null ? "" : " [" + statement + "]")
                        + ": "
                        + super.getMessage();
        return requestId == null ? base : base + " (request " + requestId + ")";
    }
}
