package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.metrics.PoolPoint;
import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;
import java.time.Instant;
import java.util.Objects;

/**
 * What a rule looks at, as it is at an evaluation: a tracked statement (its phase, since when, its
 * latest pending records) or a compute pool (its usage). Values not known are null.
 *
 * @param kind statement or pool
 * @param name the statement's name, or the pool's id
 * @param tableName the statement's table
 * @param productName the statement's product
 * @param poolId the statement's compute pool, or the pool itself
 * @param phase the statement's phase
 * @param phaseSince since when the statement is in its phase
 * @param pendingRecords the statement's latest pending records (null until sampled)
 * @param usage the pool's used CFUs over its maximum
 */
public record AlertTarget(
        Kind kind,
        String name,
        String tableName,
        String productName,
        String poolId,
        Phase phase,
        Instant phaseSince,
        Long pendingRecords,
        Double usage) {

    /** What kind of thing an alert is about. */
    public enum Kind {
        STATEMENT,
        POOL
    }

    public AlertTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** A tracked statement with its latest gauges (null when none were sampled). */
    public static AlertTarget of(TrackedStatement s, Gauges gauges) {
        return new AlertTarget(
                Kind.STATEMENT,
                s.name(),
                s.tableName(),
                s.productName(),
                s.computePoolId(),
                s.phase(),
                s.phaseSince(),
                gauges == null ? null : gauges.pendingRecords(),
                null);
    }

    /** A compute pool as last observed. */
    public static AlertTarget of(PoolPoint pool) {
        return new AlertTarget(
                Kind.POOL,
                pool.poolId(),
                null,
                null,
                pool.poolId(),
                null,
                null,
                null,
                pool.maxCfu() == 0 ? null : pool.usage());
    }
}
