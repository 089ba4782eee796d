package io.shiftleft.planner.plan;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.plan.StatementState;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.planner.status.ObservedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What runs, per table, from the statements the monitor reported. A table is known by its DML
 * statement, as in shift_left; a table without DML (a seed that only has a DDL) is known by its DDL
 * statement, whose COMPLETED phase then counts as running.
 */
final class RunningStates {

    /** Phases that mean the statement is gone or was never seen. */
    static final Set<String> ABSENT = Set.of("UNKNOWN", "MISSING");

    private RunningStates() {}

    static RunningState of(
            Project project, StatementNamer namer, Map<String, ObservedStatement> statements) {
        Map<String, StatementState> byTable = new HashMap<>();
        for (ProjectTable table : project.tables().values()) {
            TableNode node = table.node();
            if (node.isExternal()) {
                continue;
            }
            String name = statementOf(node, namer);
            ObservedStatement seen = statements.get(name);
            if (seen != null) {
                byTable.put(
                        node.tableName(),
                        new StatementState(name, seen.phase(), seen.computePoolId()));
            }
        }
        return RunningState.of(byTable);
    }

    /** The statement whose state stands for the table's. */
    static String statementOf(TableNode node, StatementNamer namer) {
        return node.dmlRef().isEmpty()
                ? namer.ddlStatementName(node)
                : namer.dmlStatementName(node);
    }

    /** Whether the platform knows a statement of the table (running or not). */
    static boolean known(RunningState running, String table) {
        return running.of(table).filter(s -> !ABSENT.contains(s.phase())).isPresent();
    }
}
