package io.shiftleft.planner.saga;

import io.shiftleft.planner.plan.CommandAction;
import java.util.Map;

/**
 * A stored command of a step, as the deployer gets it (without the per-attempt id).
 *
 * @param stepIndex the step
 * @param commandIndex its position in the step
 * @param action what to do
 * @param statementName the statement (the Kafka key)
 * @param sql the SQL to submit, or null
 * @param sqlHash hash of the SQL, or null
 * @param properties statement properties
 * @param dropTable whether a RUN_DDL drops the table first
 * @param computePoolId the pool, or null
 */
public record SagaCommand(
        int stepIndex,
        int commandIndex,
        CommandAction action,
        String statementName,
        String sql,
        String sqlHash,
        Map<String, String> properties,
        boolean dropTable,
        String computePoolId) {

    public SagaCommand {
        properties = Map.copyOf(properties);
    }
}
