package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.time;

import io.shiftleft.planner.plan.CommandAction;
import io.shiftleft.planner.plan.DraftCommand;
import io.shiftleft.planner.plan.DraftStep;
import io.shiftleft.planner.plan.PlanDraft;
import io.shiftleft.planner.saga.Emission;
import io.shiftleft.planner.saga.PlanHeader;
import io.shiftleft.planner.saga.PlanStatus;
import io.shiftleft.planner.saga.ResultOutcome;
import io.shiftleft.planner.saga.ResultReceived;
import io.shiftleft.planner.saga.SagaCommand;
import io.shiftleft.planner.saga.SagaPlan;
import io.shiftleft.planner.saga.SagaStep;
import io.shiftleft.planner.saga.SagaStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link SagaStore} on the tables {@code plan}, {@code plan_step}, {@code plan_command} and {@code
 * command_emission}.
 */
@Component
class JdbcSagaStore implements SagaStore {

    private final JdbcClient jdbc;
    private final SagaRows rows = new SagaRows();

    JdbcSagaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(SagaPlan plan, PlanDraft draft) {
        PlanHeader h = plan.header();
        jdbc.sql(
                        "INSERT INTO plan (plan_id, request_id, kind, environment, status, detail,"
                                + " max_parallel, failure_policy, start_table, tables, summary,"
                                + " execution_plan, runs, created_at, updated_at) VALUES (?, ?, ?,"
                                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
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
                        time(h.createdAt()))
                .update();
        for (DraftStep d : draft.steps()) {
            SagaStep s = plan.step(d.index());
            jdbc.sql(
                            "INSERT INTO plan_step (plan_id, step_index, table_name, product_name,"
                                    + " kind, reason, wave, depends_on, actions, ddl_statement,"
                                    + " dml_statement, sql_hash, compute_pool, state, next_command,"
                                    + " attempt, detail, started_at, finished_at) VALUES (?, ?, ?,"
                                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
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
                            time(s.finishedAt()))
                    .update();
            for (int c = 0; c < d.commands().size(); c++) {
                DraftCommand cmd = d.commands().get(c);
                jdbc.sql(
                                "INSERT INTO plan_command (plan_id, step_index, command_index,"
                                        + " action, statement_name, sql_text, sql_hash, properties,"
                                        + " drop_table, compute_pool) VALUES (?, ?, ?, ?, ?, ?, ?,"
                                        + " ?, ?, ?)")
                        .params(
                                h.planId(),
                                d.index(),
                                c,
                                cmd.action().name(),
                                cmd.statementName(),
                                cmd.sql(),
                                cmd.sqlHash(),
                                Columns.properties(cmd.properties()),
                                cmd.dropTable(),
                                cmd.computePoolId())
                        .update();
            }
        }
    }

    @Override
    public Optional<SagaPlan> lock(String planId) {
        Optional<SagaRows.PlanRow> row =
                jdbc.sql("SELECT * FROM plan WHERE plan_id = ? FOR UPDATE")
                        .param(planId)
                        .query(rows::plan)
                        .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<SagaStep> steps =
                jdbc.sql("SELECT * FROM plan_step WHERE plan_id = ? ORDER BY step_index")
                        .param(planId)
                        .query(rows::step)
                        .list();
        SagaRows.PlanRow p = row.get();
        return Optional.of(new SagaPlan(p.header(), p.status(), p.detail(), p.runs(), steps));
    }

    @Override
    public void update(SagaPlan plan, Instant now) {
        jdbc.sql(
                        "UPDATE plan SET status = ?, detail = ?, runs = ?, updated_at = ? WHERE plan_id = ?")
                .params(
                        plan.status().name(),
                        plan.detail(),
                        plan.runs(),
                        time(now),
                        plan.header().planId())
                .update();
        for (SagaStep s : plan.steps()) {
            if (s.changed()) {
                jdbc.sql(
                                "UPDATE plan_step SET state = ?, next_command = ?, attempt = ?,"
                                        + " detail = ?, started_at = ?, finished_at = ? WHERE"
                                        + " plan_id = ? AND step_index = ?")
                        .params(
                                s.state().name(),
                                s.nextCommand(),
                                s.attempt(),
                                s.detail(),
                                time(s.startedAt()),
                                time(s.finishedAt()),
                                plan.header().planId(),
                                s.index())
                        .update();
            }
        }
    }

    @Override
    public SagaCommand command(String planId, int stepIndex, int commandIndex) {
        return jdbc.sql(
                        "SELECT * FROM plan_command WHERE plan_id = ? AND step_index = ? AND"
                                + " command_index = ?")
                .params(planId, stepIndex, commandIndex)
                .query(JdbcSagaStore::command)
                .optional()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "plan_command has no command "
                                                + commandIndex
                                                + " of step "
                                                + stepIndex
                                                + " of plan "
                                                + planId));
    }

    private static SagaCommand command(ResultSet rs, int n) throws SQLException {
        return new SagaCommand(
                rs.getInt("step_index"),
                rs.getInt("command_index"),
                CommandAction.valueOf(rs.getString("action")),
                rs.getString("statement_name"),
                rs.getString("sql_text"),
                rs.getString("sql_hash"),
                Columns.properties(rs.getString("properties")),
                rs.getBoolean("drop_table"),
                rs.getString("compute_pool"));
    }

    @Override
    public void emitted(Emission e) {
        jdbc.sql(
                        "INSERT INTO command_emission (command_id, plan_id, step_index,"
                                + " command_index, attempt, emitted_at, deadline) VALUES (?, ?, ?,"
                                + " ?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING")
                .params(
                        e.commandId(),
                        e.planId(),
                        e.stepIndex(),
                        e.commandIndex(),
                        e.attempt(),
                        time(e.emittedAt()),
                        time(e.deadline()))
                .update();
    }

    @Override
    public Optional<Emission> emission(String commandId) {
        return jdbc.sql("SELECT * FROM command_emission WHERE command_id = ?")
                .param(commandId)
                .query(rows::emission)
                .optional();
    }

    @Override
    public void answered(String commandId, ResultReceived result, Instant now) {
        jdbc.sql(
                        "UPDATE command_emission SET outcome = ?, phase = ?, detail = ?,"
                                + " answered_at = ? WHERE command_id = ?")
                .params(
                        result.outcome().name(),
                        result.phase(),
                        result.detail(),
                        time(now),
                        commandId)
                .update();
    }

    @Override
    public List<Emission> overdue(Instant now, int limit) {
        return jdbc.sql(
                        "SELECT * FROM command_emission WHERE outcome IS NULL AND deadline < ?"
                                + " ORDER BY deadline LIMIT ?")
                .params(time(now), limit)
                .query(rows::emission)
                .list();
    }

    @Override
    public List<String> plansIn(PlanStatus status) {
        return jdbc.sql("SELECT plan_id FROM plan WHERE status = ? ORDER BY created_at")
                .param(status.name())
                .query(String.class)
                .list();
    }

    static ResultOutcome outcome(String value) {
        return value == null ? null : ResultOutcome.valueOf(value);
    }
}
