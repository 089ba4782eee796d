package io.shiftleft.planner.status;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest state of one statement, as the monitor reported it.
 *
 * @param environment the environment it runs in
 * @param statementName the statement
 * @param tableName its table, if the monitor knows it
 * @param phase its phase, upper-case ({@code RUNNING}, {@code COMPLETED}, {@code FAILED} …)
 * @param computePoolId the pool it runs in, or null
 * @param sqlHash hash of its SQL, or null
 * @param occurredAt when the monitor reported it
 */
public record ObservedStatement(
        String environment,
        String statementName,
        String tableName,
        String phase,
        String computePoolId,
        String sqlHash,
        Instant occurredAt) {

    public ObservedStatement {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(statementName, "statementName");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
