package io.shiftleft.platform;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform says about a statement at one moment.
 *
 * @param name the statement's name
 * @param phase the unified phase
 * @param rawPhase the platform's own word for it (CCF {@code status.phase}, a Flink job status or
 *     gateway operation status), kept for diagnostics, also when {@code phase} is UNKNOWN
 * @param detail the platform's explanation (CCF {@code status.detail}, the root exception of a
 *     failed job); empty when it gave none
 * @param platformId CCF {@code metadata.uid}; the Flink job id (empty for a DDL)
 * @param computePoolId the pool it runs on (CCF only)
 * @param sqlHash the {@link SqlHash} of the statement's text, when the platform or store knows it
 * @param labels the statement's labels
 * @param createdAt when the platform created it, when known
 * @param observedAt when this status was read
 * @param resourceVersion CCF {@code metadata.resource_version}; empty elsewhere
 */
public record StatementStatus(
        String name,
        StatementPhase phase,
        String rawPhase,
        String detail,
        Optional<String> platformId,
        Optional<String> computePoolId,
        Optional<String> sqlHash,
        Map<String, String> labels,
        Optional<Instant> createdAt,
        Instant observedAt,
        Optional<String> resourceVersion) {

    public StatementStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        rawPhase = rawPhase == null ? "" : rawPhase;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(computePoolId, "computePoolId");
        Objects.requireNonNull(sqlHash, "sqlHash");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(resourceVersion, "resourceVersion");
    }
}
