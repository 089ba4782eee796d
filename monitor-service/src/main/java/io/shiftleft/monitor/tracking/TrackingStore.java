package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the last known state of every tracked statement is kept, with its history and the
 * out-of-order pairs already announced. Writes are guarded by each statement's version: a change
 * written by another monitor instance first makes the write fail with {@link
 * ConcurrentChangeException}, so each change is announced once.
 */
public interface TrackingStore {

    /** The last known state of every statement of the environment, by name. */
    Map<String, TrackedStatement> load(String environment);

    /** Whether the environment's first listing (its baseline) was recorded. */
    boolean baselined(String environment);

    /**
     * Writes the changes (each guarded by its version) and their history; marks the environment's
     * baseline taken when {@code baseline} is true. Must run in the caller's transaction.
     *
     * @throws ConcurrentChangeException when a statement's stored version is not the one before
     */
    void write(String environment, List<Change> changes, boolean baseline);

    /** The out-of-order pairs announced and still standing. */
    Set<OutOfOrderPair> outOfOrder(String environment);

    /** Records new pairs and forgets pairs that no longer stand. */
    void updateOutOfOrder(
            String environment,
            Set<OutOfOrderPair> added,
            Set<OutOfOrderPair> removed,
            Instant now);

    /** The statement's most recent changes, newest first. */
    List<HistoryEntry> history(String environment, String name, int limit);

    /** Deletes history older than the instant; answers how many entries went. */
    int purgeHistory(Instant before);
}
