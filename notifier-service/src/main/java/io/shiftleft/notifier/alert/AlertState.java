package io.shiftleft.notifier.alert;

/** Whether an alert fires or is resolved. */
public enum AlertState {
    FIRING,
    RESOLVED
}
