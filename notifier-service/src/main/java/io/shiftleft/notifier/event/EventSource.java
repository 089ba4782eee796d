package io.shiftleft.notifier.event;

import java.util.Locale;

/** Which topic family an event comes from; the prefix of its webhook type. */
public enum EventSource {
    /** {@code pipeline-events}, written by the monitor. */
    PIPELINE,
    /** {@code deployment-events}, written by the planner. */
    DEPLOYMENT,
    /** The notifier itself (an endpoint it disabled). */
    NOTIFIER;

    /** The lower-case name used in webhook types and labels ({@code pipeline}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
