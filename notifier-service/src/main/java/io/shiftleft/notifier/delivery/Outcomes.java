package io.shiftleft.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an attempt's result means for its delivery: 2xx succeeds; 410 kills it and disables the
 * endpoint; 429 or 503 with Retry-After comes back when the target asked (at most {@code
 * maxRetryAfter}); anything else (other statuses, redirects, timeouts, refused or unreachable
 * targets) comes back after the schedule's next delay, and after the last attempt it is dead.
 */
final class Outcomes {

    private final RetrySchedule schedule;
    private final Duration maxRetryAfter;

    Outcomes(RetrySchedule schedule, Duration maxRetryAfter) {
        this.schedule = schedule;
        this.maxRetryAfter = maxRetryAfter;
    }

    DeliveryStore.Recorded decide(
            ClaimedDelivery d, Instant startedAt, AttemptResult result, Instant now) {
        if (result.acknowledged()) {
            return recorded(
                    d,
                    startedAt,
                    result,
                    AttemptOutcome.SUCCEEDED,
                    DeliveryStatus.SUCCEEDED,
                    null,
                    null);
        }
        if (result.statusCode() != null && result.statusCode() == 410) {
            return recorded(
                    d,
                    startedAt,
                    result,
                    AttemptOutcome.GONE,
                    DeliveryStatus.DEAD,
                    null,
                    "endpoint answered 410 Gone: subscription disabled");
        }
        Optional<Duration> delay = schedule.delayAfter(d.scheduleStep());
        String error = result.error();
        if (delay.isEmpty()) {
            return recorded(
                    d,
                    startedAt,
                    result,
                    AttemptOutcome.FAILED,
                    DeliveryStatus.DEAD,
                    null,
                    error
                            + "; no attempt left ("
                            + schedule.maxAttempts()
                            + " made since recorded or replayed)");
        }
        if (result.retryAfter() != null && throttling(result.statusCode())) {
            Duration wait =
                    result.retryAfter().compareTo(maxRetryAfter) > 0
                            ? maxRetryAfter
                            : result.retryAfter();
            return recorded(
                    d,
                    startedAt,
                    result,
                    AttemptOutcome.THROTTLED,
                    DeliveryStatus.PENDING,
                    now.plus(wait),
                    error);
        }
        return recorded(
                d,
                startedAt,
                result,
                AttemptOutcome.FAILED,
                DeliveryStatus.PENDING,
                now.plus(delay.get()),
                error);
    }

    /** A delivery of a disabled subscription: dead without an attempt. */
    static DeliveryStore.Recorded skipped(ClaimedDelivery d, Instant now) {
        return new DeliveryStore.Recorded(
                d,
                now,
                AttemptResult.failed("subscription disabled", 0),
                AttemptOutcome.SKIPPED,
                DeliveryStatus.DEAD,
                null,
                "subscription disabled: not sent");
    }

    private static boolean throttling(Integer status) {
        return status != null && (status == 429 || status == 503);
    }

    private static DeliveryStore.Recorded recorded(
            ClaimedDelivery d,
            Instant startedAt,
            AttemptResult result,
            AttemptOutcome outcome,
            DeliveryStatus status,
            Instant next,
            String error) {
        return new DeliveryStore.Recorded(d, startedAt, result, outcome, status, next, error);
    }
}
