package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableType;
import java.util.List;

/**
 * One table of a plan.
 *
 * @param tableName the table
 * @param productName its product ({@code "None"} when it has none)
 * @param type its layer type
 * @param action what the step does
 * @param reason why the table is in the plan
 * @param toRun shift_left's {@code to_run} flag: (re)deploy because not running or forced
 * @param toRestart shift_left's {@code to_restart} flag: redeploy because targeted or impacted
 * @param upgradeMode the table's state form
 * @param ddlStatementName name of its DDL statement
 * @param dmlStatementName name of its DML statement
 * @param sqlHash hash of the table's SQL files, empty when unknown
 * @param computePoolId pool the DML runs or will run in, or null
 * @param dependsOn acting steps (tables) that must succeed before this one starts
 * @param wave position in parallel execution: 0 for steps that wait for nothing
 */
public record PlanStep(
        String tableName,
        String productName,
        TableType type,
        StepAction action,
        StepReason reason,
        boolean toRun,
        boolean toRestart,
        StateForm upgradeMode,
        String ddlStatementName,
        String dmlStatementName,
        String sqlHash,
        String computePoolId,
        List<String> dependsOn,
        int wave) {

    public PlanStep {
        dependsOn = List.copyOf(dependsOn);
    }
}
