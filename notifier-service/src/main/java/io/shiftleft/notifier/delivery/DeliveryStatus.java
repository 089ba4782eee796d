package io.shiftleft.notifier.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (or in flight under a lease). */
    PENDING,
    /** The target acknowledged it (2xx, or the SMTP server took it). */
    SUCCEEDED,
    /** Given up: attempts exhausted, endpoint gone or disabled. A dead letter, replayable. */
    DEAD
}
