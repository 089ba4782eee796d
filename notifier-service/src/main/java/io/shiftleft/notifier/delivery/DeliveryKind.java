package io.shiftleft.notifier.delivery;

/** What a delivery carries. */
public enum DeliveryKind {
    /** One event to a generic webhook. */
    EVENT,
    /** A notification of an alert group (or one PagerDuty event of it). */
    ALERT,
    /** A deployment notice to a chat, incident or email channel. */
    NOTICE
}
