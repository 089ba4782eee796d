package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.time;

import io.shiftleft.planner.plan.CommandAction;
import io.shiftleft.planner.plan.PlanDraft;
import io.shiftleft.planner.saga.Emission;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link SagaStore} on the tables {@code plan}, {@code plan_step}, {@code plan_command} and {@code
 * command_emission}.
 */
@Component
class JdbcSagaStore implements SagaStore {

    /** The plan columns {@link SagaRows#plan} reads: not the execution plan's JSON. */
    private static final String PLAN_COLUMNS =
            "plan_id, request_id, kind, environment, status, detail, max_parallel, failure_policy,"
                    + " start_table, tables, summary, runs, created_at";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final SagaRows rows = new SagaRows();
    private final PlanSteps steps;
    private final PlanInserts inserts;

    JdbcSagaStore(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.steps = new PlanSteps(jdbc);
        this.inserts = new PlanInserts(template);
    }

    @Override
    public void create(SagaPlan plan, PlanDraft draft) {
        inserts.insert(plan, draft);
    }

    @Override
    public Optional<SagaPlan> lock(String planId) {
        Optional<SagaRows.PlanRow> row =
                jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE plan_id = ? FOR UPDATE")
                        .param(planId)
                        .query(rows::plan)
                        .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<SagaStep> steps = this.steps.load(planId);
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
        List<Object[]> changed = new ArrayList<>();
        for (SagaStep s : plan.steps()) {
            if (s.changed()) {
                changed.add(
                        new Object[] {
                            s.state().name(),
                            s.nextCommand(),
                            s.attempt(),
                            s.detail(),
                            time(s.startedAt()),
                            time(s.finishedAt()),
                            plan.header().planId(),
                            s.index()
                        });
            }
        }
        if (!changed.isEmpty()) {
            template.batchUpdate(
                    "UPDATE plan_step SET state = ?, next_command = ?, attempt = ?, detail = ?,"
                            + " started_at = ?, finished_at = ? WHERE plan_id = ? AND step_index = ?",
                    changed);
        }
    }

    @Override
    public List<SagaCommand> nextCommands(String planId, Collection<SagaStep> steps) {
        Map<Integer, Integer> next = new HashMap<>();
        steps.forEach(s -> next.put(s.index(), s.nextCommand()));
        return jdbc
                .sql(
                        "SELECT step_index, command_index, action, statement_name, sql_text,"
                                + " sql_hash, properties, drop_table, compute_pool FROM plan_command"
                                + " WHERE plan_id = ? AND step_index = ANY (?)")
                .params(planId, next.keySet().toArray(new Integer[0]))
                .query(JdbcSagaStore::command)
                .list()
                .stream()
                .filter(c -> next.get(c.stepIndex()) == c.commandIndex())
                .toList();
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
    public void emitted(List<Emission> emissions) {
        template.batchUpdate(
                "INSERT INTO command_emission (command_id, plan_id, step_index, command_index,"
                        + " attempt, emitted_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                        + " (command_id) DO NOTHING",
                emissions.stream()
                        .map(
                                e ->
                                        new Object[] {
                                            e.commandId(),
                                            e.planId(),
                                            e.stepIndex(),
                                            e.commandIndex(),
                                            e.attempt(),
                                            time(e.emittedAt()),
                                            time(e.deadline())
                                        })
                        .toList());
    }

    @Override
    public Map<String, Emission> emissions(Collection<String> commandIds) {
        Map<String, Emission> byId = new HashMap<>();
        if (!commandIds.isEmpty()) {
            jdbc.sql("SELECT * FROM command_emission WHERE command_id = ANY (?)")
                    .param(commandIds.toArray(new String[0]))
                    .query(rows::emission)
                    .list()
                    .forEach(e -> byId.put(e.commandId(), e));
        }
        return byId;
    }

    @Override
    public void answered(List<ResultReceived> results, Instant now) {
        template.batchUpdate(
                "UPDATE command_emission SET outcome = ?, phase = ?, detail = ?, answered_at = ?"
                        + " WHERE command_id = ?",
                results.stream()
                        .map(
                                r ->
                                        new Object[] {
                                            r.outcome().name(),
                                            r.phase(),
                                            r.detail(),
                                            time(now),
                                            r.commandId()
                                        })
                        .toList());
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
