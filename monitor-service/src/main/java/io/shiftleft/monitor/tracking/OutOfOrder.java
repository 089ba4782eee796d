package io.shiftleft.monitor.tracking;

import java.util.Set;

/**
 * The out-of-order pairs after a cycle, and how they differ from before.
 *
 * @param pairs every pair that stands
 * @param added pairs new in this cycle (each announced once)
 * @param removed pairs that no longer stand
 */
record OutOfOrder(
        Set<OutOfOrderPair> pairs, Set<OutOfOrderPair> added, Set<OutOfOrderPair> removed) {

    /** Not evaluated in this cycle: nothing to write, the pairs stay as they were. */
    static final OutOfOrder NONE = new OutOfOrder(Set.of(), Set.of(), Set.of());

    boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
