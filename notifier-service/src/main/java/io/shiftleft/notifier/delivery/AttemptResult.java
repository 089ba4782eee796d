package io.shiftleft.notifier.delivery;

import java.time.Duration;

/**
 * What one send returned.
 *
 * @param statusCode HTTP status (250 for an SMTP acceptance), or null without an answer
 * @param latencyMs how long the attempt took
 * @param error why it failed, or null
 * @param retryAfter the target's Retry-After, or null
 */
public record AttemptResult(Integer statusCode, int latencyMs, String error, Duration retryAfter) {

    /** An answer with a status. */
    public static AttemptResult answered(int status, int latencyMs, Duration retryAfter) {
        return new AttemptResult(
                status,
                latencyMs,
                status >= 200 && status < 300 ? null : "answered " + status,
                retryAfter);
    }

    /** No answer (refused, timed out, connection failed). */
    public static AttemptResult failed(String error, int latencyMs) {
        return new AttemptResult(null, latencyMs, error, null);
    }

    /** Whether the target acknowledged. */
    public boolean acknowledged() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
