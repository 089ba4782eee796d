package io.shiftleft.notifier.delivery;

/** What an attempt meant for its delivery. */
public enum AttemptOutcome {
    /** Acknowledged. */
    SUCCEEDED,
    /** Failed; retried on the schedule unless it was the last attempt. */
    FAILED,
    /** 429 or 503 with Retry-After: retried when the target asked. */
    THROTTLED,
    /** 410 Gone: the endpoint unsubscribed; the subscription is disabled. */
    GONE,
    /** Not sent: the subscription is disabled. */
    SKIPPED
}
