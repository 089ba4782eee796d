package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * The last known state of one managed statement, as written at its last change. Fields the platform
 * or the catalog did not tell are null.
 *
 * @param environment the environment
 * @param name the statement's name
 * @param tableName the table it belongs to
 * @param productName the table's product
 * @param phase its phase
 * @param rawPhase the platform's own word for the phase
 * @param detail the platform's explanation (for a failure: the error)
 * @param platformId the platform's id of it (a Confluent uid, a Flink job id)
 * @param computePoolId the pool it runs on (Confluent Cloud)
 * @param sqlHash the hash of its SQL, when known
 * @param createdAt when the platform created it
 * @param phaseSince when the monitor first saw it in this phase
 * @param changedAt when this state was written
 * @param lagHigh whether its pending records are over the lag threshold (LAG_HIGH said, not yet
 *     LAG_RECOVERED)
 * @param version how many times it changed (1 at first sight): the write guard and event id seed
 */
public record TrackedStatement(
        String environment,
        String name,
        String tableName,
        String productName,
        Phase phase,
        String rawPhase,
        String detail,
        String platformId,
        String computePoolId,
        String sqlHash,
        Instant createdAt,
        Instant phaseSince,
        Instant changedAt,
        boolean lagHigh,
        long version) {

    public TrackedStatement {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(phaseSince, "phaseSince");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** This state with another lag flag, as the next version. */
    TrackedStatement withLag(boolean high, Instant now) {
        return new TrackedStatement(
                environment,
                name,
                tableName,
                productName,
                phase,
                rawPhase,
                detail,
                platformId,
                computePoolId,
                sqlHash,
                createdAt,
                phaseSince,
                now,
                high,
                version + 1);
    }

    /** This state as the platform no longer lists it, as the next version. */
    TrackedStatement missing(Instant now) {
        return new TrackedStatement(
                environment,
                name,
                tableName,
                productName,
                Phase.MISSING,
                "",
                "The platform no longer lists this statement",
                platformId,
                computePoolId,
                sqlHash,
                createdAt,
                now,
                now,
                false,
                version + 1);
    }
}
