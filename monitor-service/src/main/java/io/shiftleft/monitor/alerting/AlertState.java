package io.shiftleft.monitor.alerting;

/** Where an alert stands; an alert that has no record is inactive. */
public enum AlertState {
    /** The condition holds, not yet for the rule's {@code for}. */
    PENDING,
    /** The condition held for {@code for}: ALERT_FIRING was announced. */
    FIRING,
    /** It fired, then stayed clear for {@code keep_firing_for}: ALERT_RESOLVED was announced. */
    RESOLVED
}
