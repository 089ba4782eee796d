package io.shiftleft.monitor.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * One poll cycle of an environment, done: published after its changes committed (or after it
 * failed, with the reason). CPU time and allocations are the polling thread's (-1 where the JVM
 * does not measure them).
 *
 * @param environment the environment
 * @param at when the listing was made
 * @param listed how many managed statements the platform listed
 * @param changes how many statements changed
 * @param events how many events were announced
 * @param elapsed how long the cycle took, listing included
 * @param cpuNanos CPU time of the cycle
 * @param allocatedBytes bytes allocated by the cycle
 * @param error why the cycle failed, or null
 */
public record CycleCompleted(
        String environment,
        Instant at,
        int listed,
        int changes,
        int events,
        Duration elapsed,
        long cpuNanos,
        long allocatedBytes,
        String error) {

    /** Whether the cycle read the platform and recorded what changed. */
    public boolean succeeded() {
        return error == null;
    }
}
