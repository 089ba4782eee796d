package io.shiftleft.deployer.command;

import java.util.Map;
import java.util.Objects;

/**
 * A deployment command as the deployer sees it.
 *
 * @param commandId idempotency key
 * @param requestId correlation id of the request
 * @param planId plan the step belongs to
 * @param stepId step of the plan
 * @param environment target environment
 * @param action what to do, by name of the contract's StepAction
 * @param statementName statement to act on
 * @param tableName the table the statement belongs to
 * @param sql the statement's SQL, or null (delete, stop, drop)
 * @param sqlHash the planner's hash of the SQL, or null (kept for the record; identity on the
 *     platform uses the platform's own hash of {@code sql})
 * @param computePoolId the compute pool, or null
 * @param properties statement properties
 * @param dropTable whether a RUN_DDL drops the table first
 * @param timeoutMillis the command's deadline; not positive for the deployer's default
 * @param attempt which attempt of the step this is
 */
public record IncomingCommand(
        String commandId,
        String requestId,
        String planId,
        String stepId,
        String environment,
        String action,
        String statementName,
        String tableName,
        String sql,
        String sqlHash,
        String computePoolId,
        Map<String, String> properties,
        boolean dropTable,
        long timeoutMillis,
        int attempt) {

    public IncomingCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(statementName, "statementName");
        requestId = requestId == null ? "" : requestId;
        stepId = stepId == null ? "" : stepId;
        action = action == null ? "UNKNOWN" : action;
        tableName = tableName == null ? "" : tableName;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
