package io.shiftleft.monitor.tracking;

/** How urgent a {@link MonitorEvent} is (the contract's {@code Severity}). */
public enum Severity {
    INFO,
    WARNING,
    ERROR,
    CRITICAL
}
