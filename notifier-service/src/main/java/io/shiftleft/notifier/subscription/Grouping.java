package io.shiftleft.notifier.subscription;

import java.time.Duration;
import java.util.List;

/**
 * A subscription's own alert grouping; each null value falls back to {@code notifier.alerts.*}.
 *
 * @param groupBy labels whose values make a group
 * @param groupWait wait before a new group's first notification
 * @param groupInterval wait before notifying a group's changes
 * @param repeatInterval wait before notifying a still-firing group again
 */
public record Grouping(
        List<String> groupBy, Duration groupWait, Duration groupInterval, Duration repeatInterval) {

    /** No override: the notifier's defaults. */
    public static final Grouping DEFAULTS = new Grouping(null, null, null, null);

    public Grouping {
        groupBy = groupBy == null ? null : List.copyOf(groupBy);
    }
}
