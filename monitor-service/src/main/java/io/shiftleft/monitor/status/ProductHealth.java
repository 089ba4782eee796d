package io.shiftleft.monitor.status;

import io.shiftleft.monitor.metrics.PoolPoint;
import io.shiftleft.monitor.tracking.OutOfOrderPair;
import io.shiftleft.monitor.tracking.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product's health, as shift_left's healthcheck reports it (domain §3.13): the DML statements of
 * the product's views, dimensions and facts and of all their ancestors (with a project; else the
 * statements of the product's tables), counted by phase, the pools they run on, the out-of-order
 * pairs among them and those not running.
 *
 * @param environment the environment
 * @param product the product
 * @param scope how the statements were chosen: {@code project} (the tables and their ancestors) or
 *     {@code product} (the statements whose table belongs to the product)
 * @param statements how many statements are in scope
 * @param phases how many of them are in each phase (UNKNOWN: expected by the project, not found)
 * @param pools the pools they run on, as last observed
 * @param poolSummary number of pools, CFUs in use, pools using more than one CFU, the busiest
 * @param outOfOrder out-of-order pairs that involve them
 * @param notRunning the statements not RUNNING, PENDING or COMPLETED, with their phase
 * @param at when the health was computed
 */
public record ProductHealth(
        String environment,
        String product,
        String scope,
        int statements,
        Map<Phase, Integer> phases,
        List<PoolUse> pools,
        PoolSummary poolSummary,
        List<OutOfOrderPair> outOfOrder,
        Map<String, Phase> notRunning,
        Instant at) {

    /**
     * One pool the product's statements run on.
     *
     * @param pool its last observation, or null when none was made yet
     * @param poolId the pool
     * @param statements how many of the product's statements run on it
     */
    public record PoolUse(String poolId, int statements, PoolPoint pool) {}

    /**
     * Pool totals.
     *
     * @param pools how many pools
     * @param currentCfu CFUs in use in them
     * @param poolsOverOneCfu how many use more than one CFU
     * @param busiest the pool with most CFUs in use, or null
     */
    public record PoolSummary(int pools, int currentCfu, int poolsOverOneCfu, String busiest) {}
}
