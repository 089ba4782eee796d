package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The retries of one call: each wait is the platform's {@code Retry-After} when it gave one, else
 * the next {@link Pacing#requests()} backoff (exponential, with jitter); a wait that would end past
 * the call's deadline ends the call instead, with THROTTLED (last answer 429) or UNAVAILABLE.
 */
final class Retries {

    private static final System.Logger LOG = System.getLogger(Retries.class.getName());

    private final Pacing pacing;
    private final Duration budget;
    private final Instant deadline;
    private final String subject;
    private int attempt;

    Retries(Pacing pacing, Duration budget, String subject) {
        this.pacing = pacing;
        this.budget = budget;
        this.deadline = pacing.clock().instant().plus(budget);
        this.subject = subject;
    }

    /** Waits before the next attempt after a 429 or 5xx answer. */
    void after(HttpResult result) {
        Reason reason = result.status() == 429 ? Reason.THROTTLED : Reason.UNAVAILABLE;
        Duration wait = result.retryAfter().orElseGet(this::backoff);
        String what =
                result.call().describe()
                        + " answered HTTP "
                        + result.status()
                        + ": "
                        + ApiErrors.platformMessage(result.body());
        pause(wait, reason, what, result.requestId().orElse(null), null);
    }

    /** Waits before the next attempt after a transport error (no answer). */
    void after(HttpCall call, IOException error) {
        String what = call.describe() + " failed without an answer: " + error;
        pause(backoff(), Reason.UNAVAILABLE, what, null, error);
    }

    /** Waits before trying again after a conflict the caller resolves itself (a stale version). */
    void afterConflict(HttpResult result) {
        String what =
                result.call().describe()
                        + " kept answering HTTP "
                        + result.status()
                        + ": "
                        + ApiErrors.platformMessage(result.body());
        pause(backoff(), Reason.CONFLICT, what, result.requestId().orElse(null), null);
    }

    private Duration backoff() {
        return pacing.requests().delay(attempt, pacing.random());
    }

    private void pause(
            Duration wait, Reason reason, String what, String requestId, Throwable cause) {
        attempt++;
        Instant now = pacing.clock().instant();
        if (now.plus(wait).isAfter(deadline)) {
            throw new PlatformException(
                    reason,
                    subject,
                    "Gave up after "
                            + attempt
                            + " attempt(s) within the call deadline of "
                            + budget
                            + " (next wait "
                            + wait
                            + "); last: "
                            + what,
                    requestId,
                    cause);
        }
        LOG.log(
                System.Logger.Level.DEBUG,
                () ->
                        "Retry "
                                + attempt
                                + " for "
                                + subject
                                + " in "
                                + wait
                                + " after: "
                                + what
                                + (requestId == null ? "" : " (request " + requestId + ")"));
        try {
            pacing.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(
                    Reason.UNAVAILABLE,
                    subject,
                    "Interrupted before retrying: " + what,
                    requestId,
                    e);
        }
    }
}
