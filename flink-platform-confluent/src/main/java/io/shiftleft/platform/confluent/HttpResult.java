package io.shiftleft.platform.confluent;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one {@link HttpCall}, after redirects.
 *
 * @param call what was asked (with the URL that finally answered)
 * @param status the HTTP status
 * @param body the body, empty string for none
 * @param requestId the platform's {@code X-Request-Id}, when it sent one
 * @param retryAfter how long the platform asked us to wait ({@code Retry-After}, else {@code
 *     X-RateLimit-Reset} on a 429), when it did
 */
record HttpResult(
        HttpCall call,
        int status,
        String body,
        Optional<String> requestId,
        Optional<Duration> retryAfter) {

    HttpResult {
        Objects.requireNonNull(call, "call");
        body = body == null ? "" : body;
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the same request may succeed later: 429, and 5xx other than 501 and 505. */
    boolean isRetryable() {
        return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }
}
