package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.subscription.Grouping;
import java.time.Duration;
import java.util.List;

/**
 * The grouping of one subscription: its own values where it has them, the notifier's otherwise.
 *
 * @param groupBy labels whose values make the group
 * @param groupWait wait before a new group's first notification
 * @param groupInterval wait before notifying changes after a notification
 * @param repeatInterval wait before notifying a still-firing group again
 */
public record Timing(
        List<String> groupBy, Duration groupWait, Duration groupInterval, Duration repeatInterval) {

    /** The subscription's grouping over the defaults. */
    public static Timing of(Grouping g, NotifierProperties.Alerts defaults) {
        return new Timing(
                g.groupBy() != null ? g.groupBy() : defaults.groupBy(),
                g.groupWait() != null ? g.groupWait() : defaults.groupWait(),
                g.groupInterval() != null ? g.groupInterval() : defaults.groupInterval(),
                g.repeatInterval() != null ? g.repeatInterval() : defaults.repeatInterval());
    }

    /** The group key of an alert's labels: the group-by labels and their values. */
    public String groupKey(java.util.Map<String, String> labels) {
        StringBuilder key = new StringBuilder("{");
        for (String name : groupBy.stream().sorted().toList()) {
            if (key.length() > 1) {
                key.append(',');
            }
            key.append(name).append("=\"").append(labels.getOrDefault(name, "")).append('"');
        }
        return key.append('}').toString();
    }

    /** The group-by labels and their values. */
    public java.util.Map<String, String> groupLabels(java.util.Map<String, String> labels) {
        java.util.Map<String, String> group = new java.util.TreeMap<>();
        for (String name : groupBy) {
            group.put(name, labels.getOrDefault(name, ""));
        }
        return group;
    }
}
