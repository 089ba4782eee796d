package io.shiftleft.planner.saga;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored plan as readers see it.
 *
 * @param planId the plan
 * @param requestId the request it answers
 * @param kind DEPLOY or UNDEPLOY
 * @param environment the target environment
 * @param status where the plan is
 * @param detail why it failed or was cancelled, or null
 * @param summary a one-line description
 * @param startTable the table the plan is named after
 * @param maxParallel the most steps that run at once
 * @param failurePolicy what happens to independent steps after a failure
 * @param runs 1, plus one per resume
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 * @param steps every step, in plan order
 * @param executionPlan the execution planner's plan as JSON text, or null
 */
public record PlanView(
        String planId,
        String requestId,
        String kind,
        String environment,
        String status,
        String detail,
        String summary,
        String startTable,
        int maxParallel,
        String failurePolicy,
        int runs,
        Instant createdAt,
        Instant updatedAt,
        List<Step> steps,
        String executionPlan) {

    /**
     * One step with its state.
     *
     * @param index position in the plan
     * @param tableName the table
     * @param productName its product
     * @param kind what the step does
     * @param reason why the table is in the plan
     * @param state where the step is
     * @param wave its wave
     * @param dependsOn indexes of the steps it waits for
     * @param ddlStatementName the DDL statement
     * @param dmlStatementName the DML statement
     * @param sqlHash hash of the table's SQL files
     * @param computePoolId its pool, or null
     * @param attempt 1, plus one per retry
     * @param detail why it failed or is blocked, or null
     * @param startedAt when its first command was sent
     * @param finishedAt when it ended
     * @param commands its commands with their last result
     */
    public record Step(
            int index,
            String tableName,
            String productName,
            String kind,
            String reason,
            String state,
            int wave,
            List<Integer> dependsOn,
            String ddlStatementName,
            String dmlStatementName,
            String sqlHash,
            String computePoolId,
            int attempt,
            String detail,
            Instant startedAt,
            Instant finishedAt,
            List<Command> commands) {}

    /**
     * One command of a step, with the last time it was sent.
     *
     * @param index position in the step
     * @param action what it does
     * @param statementName the statement
     * @param sqlHash hash of its SQL, or null
     * @param dropTable whether a RUN_DDL drops the table first
     * @param properties statement properties
     * @param commandId id of its last sending, or null when never sent
     * @param outcome the result of its last sending, or null
     * @param resultDetail the result's detail, or null
     */
    public record Command(
            int index,
            String action,
            String statementName,
            String sqlHash,
            boolean dropTable,
            Map<String, String> properties,
            String commandId,
            String outcome,
            String resultDetail) {}
}
