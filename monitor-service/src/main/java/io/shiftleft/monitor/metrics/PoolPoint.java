package io.shiftleft.monitor.metrics;

import java.time.Instant;

/**
 * One observation of a compute pool.
 *
 * @param poolId the pool
 * @param at when it was read
 * @param currentCfu CFUs in use
 * @param maxCfu the pool's maximum
 */
public record PoolPoint(String poolId, Instant at, int currentCfu, int maxCfu) {

    /** Used over maximum, 0 to 1 (0 for a pool without a maximum). */
    public double usage() {
        return maxCfu == 0 ? 0 : (double) currentCfu / maxCfu;
    }
}
