package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.catalog.ProjectTopology;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One environment's state in memory: a copy of what the store holds (read at the first cycle and
 * after a concurrent write), plus what needs no persistence (when it was last listed, the latest
 * metrics, how often each statement was UNKNOWN in a row). Writers hold {@link #lock}; readers (the
 * API) see a consistent value per statement without it.
 */
final class TrackingState {

    final ReentrantLock lock = new ReentrantLock();
    final Map<String, TrackedStatement> statements = new ConcurrentHashMap<>();
    final Map<String, Gauges> gauges = new ConcurrentHashMap<>();
    final Map<String, StatusDiff.Seen> held = new HashMap<>();
    volatile Set<OutOfOrderPair> outOfOrder = Set.of();
    volatile Instant lastListedAt;
    boolean baselined;
    boolean loaded;
    ProjectTopology topology;

    /** Reads the environment's state from the store (again). */
    void load(TrackingStore store, String environment) {
        statements.clear();
        statements.putAll(store.load(environment));
        outOfOrder = Set.copyOf(store.outOfOrder(environment));
        baselined = store.baselined(environment);
        held.clear();
        topology = null;
        loaded = true;
    }

    /** Takes committed changes in. */
    void apply(List<Change> changes) {
        for (Change c : changes) {
            statements.put(c.after().name(), c.after());
        }
    }
}
