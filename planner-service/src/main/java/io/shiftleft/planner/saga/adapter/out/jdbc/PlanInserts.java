package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.time;

import io.shiftleft.planner.plan.DraftCommand;
import io.shiftleft.planner.plan.DraftStep;
import io.shiftleft.planner.plan.PlanDraft;
import io.shiftleft.planner.saga.PlanHeader;
import io.shiftleft.planner.saga.SagaPlan;
import io.shiftleft.planner.saga.SagaStep;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a new plan: its row, then its steps and their commands in one JDBC batch each (a plan of
 * 500 tables has about 1,500 such rows, which one statement per row would send one at a time).
 */
final class PlanInserts {

    private final JdbcTemplate template;

    PlanInserts(JdbcTemplate template) {
        this.template = template;
    }

    void insert(SagaPlan plan, PlanDraft draft) {
        PlanHeader h = plan.header();
        template.update(
                "INSERT INTO plan (plan_id, request_id, kind, environment, status, detail,"
                        + " max_parallel, failure_policy, start_table, tables, summary,"
                        + " execution_plan, runs, created_at, updated_at) VALUES (?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                h.planId(),
                h.requestId(),
                h.kind().name(),
                h.environment(),
                plan.status().name(),
                plan.detail(),
                h.maxParallel(),
                h.failurePolicy().name(),
                h.startTable(),
                Columns.lines(h.tables()),
                h.summary(),
                draft.executionPlanJson(),
                plan.runs(),
                time(h.createdAt()),
                time(h.createdAt()));
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> commands = new ArrayList<>();
        for (DraftStep d : draft.steps()) {
            SagaStep s = plan.step(d.index());
            steps.add(
                    new Object[] {
                        h.planId(),
                        d.index(),
                        d.tableName(),
                        d.productName(),
                        d.kind().name(),
                        d.reason(),
                        d.wave(),
                        Columns.indexes(d.dependsOn()),
                        Columns.lines(s.actions().stream().map(Enum::name).toList()),
                        d.ddlStatementName(),
                        d.dmlStatementName(),
                        d.sqlHash(),
                        d.computePoolId(),
                        s.state().name(),
                        s.nextCommand(),
                        s.attempt(),
                        s.detail(),
                        time(s.startedAt()),
                        time(s.finishedAt())
                    });
            for (int c = 0; c < d.commands().size(); c++) {
                DraftCommand cmd = d.commands().get(c);
                commands.add(
                        new Object[] {
                            h.planId(),
                            d.index(),
                            c,
                            cmd.action().name(),
                            cmd.statementName(),
                            cmd.sql(),
                            cmd.sqlHash(),
                            Columns.properties(cmd.properties()),
                            cmd.dropTable(),
                            cmd.computePoolId()
                        });
            }
        }
        if (!steps.isEmpty()) {
            template.batchUpdate(
                    "INSERT INTO plan_step (plan_id, step_index, table_name, product_name, kind,"
                            + " reason, wave, depends_on, actions, ddl_statement, dml_statement,"
                            + " sql_hash, compute_pool, state, next_command, attempt, detail,"
                            + " started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?)",
                    steps);
        }
        if (!commands.isEmpty()) {
            template.batchUpdate(
                    "INSERT INTO plan_command (plan_id, step_index, command_index, action,"
                            + " statement_name, sql_text, sql_hash, properties, drop_table,"
                            + " compute_pool) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    commands);
        }
    }
}
