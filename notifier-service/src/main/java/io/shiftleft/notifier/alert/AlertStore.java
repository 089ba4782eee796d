package io.shiftleft.notifier.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where alert groups and their alerts are kept. */
public interface AlertStore {

    /** The alert of that fingerprint of a subscription, with its group key. */
    Optional<Map.Entry<String, StoredAlert>> find(UUID subscriptionId, String fingerprint);

    /**
     * Makes sure the group exists and will be flushed: a new group after {@code groupWait}; a group
     * notified before at the earliest {@code groupInterval} after that notification.
     */
    void schedule(
            UUID subscriptionId,
            String groupKey,
            Map<String, String> labels,
            Instant now,
            Duration groupWait,
            Duration groupInterval);

    /** Stores a firing alert (new, or firing again) in the group. */
    void fire(UUID subscriptionId, String groupKey, AlertSignal signal, Instant now);

    /** Notes that a firing alert fired again (nothing to notify). */
    void touch(UUID subscriptionId, String fingerprint, Instant now);

    /** Marks an alert resolved. */
    void resolve(UUID subscriptionId, String fingerprint, Instant now);

    /** Claims up to {@code limit} groups due at {@code now} (in the caller's transaction). */
    List<DueGroup> claimDue(Instant now, int limit);

    /** The alerts of a group. */
    List<StoredAlert> alerts(UUID subscriptionId, String groupKey);

    /** Every alert of every group, for the API. */
    List<Map.Entry<UUID, StoredAlert>> all();

    /** Records that these alerts were notified in that state. */
    void notified(
            UUID subscriptionId, Collection<String> fingerprints, AlertState state, Instant at);

    /** Deletes alerts. */
    void delete(UUID subscriptionId, Collection<String> fingerprints);

    /** Sets the group's next flush (null: none) and last notification. */
    void updateGroup(
            UUID subscriptionId, String groupKey, Instant nextFlushAt, Instant lastNotifiedAt);

    /** Deletes the group. */
    void deleteGroup(UUID subscriptionId, String groupKey);
}
