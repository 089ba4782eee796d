package io.shiftleft.planner.plan;

import java.util.List;
import java.util.Objects;

/**
 * One table of a plan, with the commands that carry it out (none for a step that only shows
 * context).
 *
 * @param index position in the plan; every step comes after the steps it depends on
 * @param tableName the table (also the step id on the wire)
 * @param productName its product
 * @param kind what the step does
 * @param reason why the table is in the plan
 * @param wave 0 for steps that wait for nothing, else one more than the latest step waited for
 * @param dependsOn indexes of the steps that must succeed first
 * @param ddlStatementName the DDL statement's name
 * @param dmlStatementName the DML statement's name
 * @param sqlHash hash of the table's SQL files
 * @param computePoolId the pool, or null
 * @param commands the commands, executed in order
 */
public record DraftStep(
        int index,
        String tableName,
        String productName,
        StepKind kind,
        String reason,
        int wave,
        List<Integer> dependsOn,
        String ddlStatementName,
        String dmlStatementName,
        String sqlHash,
        String computePoolId,
        List<DraftCommand> commands) {

    public DraftStep {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(kind, "kind");
        dependsOn = List.copyOf(dependsOn);
        commands = List.copyOf(commands);
    }

    /** Whether the step changes anything. */
    public boolean acts() {
        return !commands.isEmpty();
    }
}
