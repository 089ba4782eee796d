package io.shiftleft.platform;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One named SQL statement to run.
 *
 * @param name the statement's name, unique in the environment: on Confluent Cloud the resource's
 *     name, on Apache Flink the job's {@code pipeline.name}; checked by {@link StatementNames}
 *     before any call
 * @param sql the statement, exactly as it is to be submitted (already adapted to the platform)
 * @param properties statement properties ({@code sql.*} on Confluent Cloud; {@code table.*}, {@code
 *     pipeline.*}, {@code execution.*} options on Apache Flink)
 * @param computePoolId the compute pool (Confluent Cloud), empty for the environment's default
 * @param principal the service account the statement runs as (Confluent Cloud only)
 * @param labels labels to find the statement by (Confluent Cloud's {@code metadata.labels}; kept in
 *     the statement store on Apache Flink)
 * @param restoreFrom where to start from: a statement name whose offsets to carry over (Confluent
 *     Cloud, {@code sql.tables.initial-offset-from}) or a savepoint path (Apache Flink)
 */
public record StatementSpec(
        String name,
        String sql,
        Map<String, String> properties,
        Optional<String> computePoolId,
        Optional<String> principal,
        Map<String, String> labels,
        Optional<String> restoreFrom) {

    public StatementSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        properties = Map.copyOf(properties);
        computePoolId = Objects.requireNonNull(computePoolId, "computePoolId");
        principal = Objects.requireNonNull(principal, "principal");
        labels = Map.copyOf(labels);
        restoreFrom = Objects.requireNonNull(restoreFrom, "restoreFrom");
    }

    /** A statement with no properties, pool, principal, labels or restore point. */
    public static StatementSpec of(String name, String sql) {
        return new StatementSpec(
                name,
                sql,
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.empty());
    }

    public StatementSpec withProperties(Map<String, String> value) {
        return new StatementSpec(name, sql, value, computePoolId, principal, labels, restoreFrom);
    }

    public StatementSpec withComputePool(String value) {
        return new StatementSpec(
                name, sql, properties, Optional.of(value), principal, labels, restoreFrom);
    }

    public StatementSpec withLabels(Map<String, String> value) {
        return new StatementSpec(
                name, sql, properties, computePoolId, principal, value, restoreFrom);
    }

    public StatementSpec withRestoreFrom(String value) {
        return new StatementSpec(
                name, sql, properties, computePoolId, principal, labels, Optional.of(value));
    }

    /** The SHA-256 of the SQL text (hex): how an identical statement is recognised. */
    public String sqlHash() {
        return SqlHash.of(sql);
    }
}
