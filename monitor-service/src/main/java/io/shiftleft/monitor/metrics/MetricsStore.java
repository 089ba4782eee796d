package io.shiftleft.monitor.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where metric samples are kept for the API's window, and which pools were announced saturated. */
public interface MetricsStore {

    /** Stores statement samples of an environment. */
    void saveStatementSamples(String environment, Collection<MetricPoint> points);

    /** Stores pool observations of an environment. */
    void savePoolSamples(String environment, Collection<PoolPoint> points);

    /** A statement's samples since the instant, oldest first. */
    List<MetricPoint> statementSamples(String environment, String name, Instant since);

    /** A pool's observations since the instant, oldest first. */
    List<PoolPoint> poolSamples(String environment, String poolId, Instant since);

    /** The pools of the environment announced saturated and not clear since. */
    Set<String> saturatedPools(String environment);

    /**
     * Marks the pool saturated (or clear); answers false when it already was (another instance did
     * it first), in which case nothing is announced. Runs in the caller's transaction.
     */
    boolean markSaturated(String environment, String poolId, boolean saturated, Instant since);

    /** Deletes samples older than the instant; answers how many. */
    int purge(Instant before);
}
