package io.shiftleft.planner.plan;

import java.util.Map;
import java.util.Objects;

/**
 * One command of a planned step, with everything the deployer needs to execute it.
 *
 * @param action what to do
 * @param statementName the statement it acts on (also the command's Kafka key)
 * @param sql the SQL to submit, or null (delete, drop)
 * @param sqlHash SHA-256 (hex) of {@code sql}, or null
 * @param properties statement properties
 * @param dropTable whether a RUN_DDL drops the table first
 * @param computePoolId the pool, or null
 */
public record DraftCommand(
        CommandAction action,
        String statementName,
        String sql,
        String sqlHash,
        Map<String, String> properties,
        boolean dropTable,
        String computePoolId) {

    public DraftCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(statementName, "statementName");
        properties = Map.copyOf(properties);
    }
}
