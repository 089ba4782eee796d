package io.shiftleft.notifier.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An alert group due for a flush, claimed by one instance.
 *
 * @param subscriptionId whose
 * @param groupKey its key (the group-by labels and values)
 * @param labels the group-by labels and values
 * @param lastNotifiedAt its last notification, or null
 */
public record DueGroup(
        UUID subscriptionId, String groupKey, Map<String, String> labels, Instant lastNotifiedAt) {}
