package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.instant;

import io.shiftleft.planner.saga.PlanReader;
import io.shiftleft.planner.saga.PlanView;
import io.shiftleft.planner.saga.TableHistoryEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PlanReader} on the saga's tables. */
@Component
class JdbcPlanReader implements PlanReader {

    private final JdbcClient jdbc;

    JdbcPlanReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlanView> plan(String planId) {
        Map<Integer, List<PlanView.Command>> commands = new HashMap<>();
        jdbc.sql(
                        "SELECT c.*, e.command_id, e.outcome, e.detail AS result_detail FROM"
                                + " plan_command c LEFT JOIN LATERAL (SELECT command_id, outcome,"
                                + " detail FROM command_emission x WHERE x.plan_id = c.plan_id AND"
                                + " x.step_index = c.step_index AND x.command_index ="
                                + " c.command_index ORDER BY x.attempt DESC LIMIT 1) e ON TRUE"
                                + " WHERE c.plan_id = ? ORDER BY c.step_index, c.command_index")
                .param(planId)
                .query(
                        (ResultSet rs) -> {
                            commands.computeIfAbsent(
                                            rs.getInt("step_index"), i -> new ArrayList<>())
                                    .add(command(rs));
                        });
        List<PlanView.Step> steps =
                jdbc.sql("SELECT * FROM plan_step WHERE plan_id = ? ORDER BY step_index")
                        .param(planId)
                        .query(
                                (rs, n) ->
                                        step(
                                                rs,
                                                commands.getOrDefault(
                                                        rs.getInt("step_index"), List.of())))
                        .list();
        return jdbc.sql("SELECT * FROM plan WHERE plan_id = ?")
                .param(planId)
                .query((rs, n) -> plan(rs, steps))
                .optional();
    }

    @Override
    public List<TableHistoryEntry> history(String tableName, String environment, int limit) {
        return jdbc.sql(
                        "SELECT p.plan_id, p.request_id, p.environment, p.kind AS plan_kind,"
                                + " p.status, s.kind AS step_kind, s.state, s.detail, p.created_at,"
                                + " s.started_at, s.finished_at FROM plan_step s JOIN plan p ON"
                                + " p.plan_id = s.plan_id WHERE s.table_name = ? AND (CAST(? AS"
                                + " VARCHAR) IS NULL OR p.environment = ?) AND p.status <>"
                                + " 'PREVIEW' ORDER BY p.created_at DESC LIMIT ?")
                .params(tableName, environment, environment, limit)
                .query(
                        (rs, n) ->
                                new TableHistoryEntry(
                                        rs.getString("plan_id"),
                                        rs.getString("request_id"),
                                        rs.getString("environment"),
                                        rs.getString("plan_kind"),
                                        rs.getString("status"),
                                        rs.getString("step_kind"),
                                        rs.getString("state"),
                                        rs.getString("detail"),
                                        instant(rs.getTimestamp("created_at")),
                                        instant(rs.getTimestamp("started_at")),
                                        instant(rs.getTimestamp("finished_at"))))
                .list();
    }

    private static PlanView plan(ResultSet rs, List<PlanView.Step> steps) throws SQLException {
        return new PlanView(
                rs.getString("plan_id"),
                rs.getString("request_id"),
                rs.getString("kind"),
                rs.getString("environment"),
                rs.getString("status"),
                rs.getString("detail"),
                rs.getString("summary"),
                rs.getString("start_table"),
                rs.getInt("max_parallel"),
                rs.getString("failure_policy"),
                rs.getInt("runs"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                steps,
                rs.getString("execution_plan"));
    }

    private static PlanView.Step step(ResultSet rs, List<PlanView.Command> commands)
            throws SQLException {
        return new PlanView.Step(
                rs.getInt("step_index"),
                rs.getString("table_name"),
                rs.getString("product_name"),
                rs.getString("kind"),
                rs.getString("reason"),
                rs.getString("state"),
                rs.getInt("wave"),
                Columns.indexes(rs.getString("depends_on")),
                rs.getString("ddl_statement"),
                rs.getString("dml_statement"),
                rs.getString("sql_hash"),
                rs.getString("compute_pool"),
                rs.getInt("attempt"),
                rs.getString("detail"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                commands);
    }

    private static PlanView.Command command(ResultSet rs) throws SQLException {
        return new PlanView.Command(
                rs.getInt("command_index"),
                rs.getString("action"),
                rs.getString("statement_name"),
                rs.getString("sql_hash"),
                rs.getBoolean("drop_table"),
                Columns.properties(rs.getString("properties")),
                rs.getString("command_id"),
                rs.getString("outcome"),
                rs.getString("result_detail"));
    }
}
