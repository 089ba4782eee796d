package io.shiftleft.deployer.command.adapter.out.jdbc;

import io.shiftleft.deployer.command.CommandAnswer;
import io.shiftleft.deployer.command.CommandLog;
import io.shiftleft.deployer.command.CommandState;
import io.shiftleft.deployer.command.IncomingCommand;
import io.shiftleft.deployer.command.LoggedCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CommandLog} on table {@code command} of the deployer's schema: one row per command id,
 * moved RECEIVED → ACTING → DONE by conditional updates, so two workers never both finish it.
 */
@Component
class JdbcCommandLog implements CommandLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};
    private static final String COLUMNS =
            "command_id, request_id, plan_id, step_id, environment, action, statement_name,"
                    + " table_name, sql_text, sql_hash, compute_pool_id, properties, drop_table,"
                    + " timeout_millis, attempt, state, outcome, phase, detail, platform_id,"
                    + " started_at, finished_at";

    private final JdbcClient jdbc;

    JdbcCommandLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LoggedCommand> find(String commandId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM command WHERE command_id = ?")
                .param(commandId)
                .query((rs, n) -> logged(rs))
                .optional();
    }

    @Override
    public boolean receive(IncomingCommand c, Instant receivedAt) {
        return jdbc.sql(
                                "INSERT INTO command (command_id, request_id, plan_id, step_id,"
                                        + " environment, action, statement_name, table_name,"
                                        + " sql_text, sql_hash, compute_pool_id, properties,"
                                        + " drop_table, timeout_millis, attempt, state, received_at)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                        + " 'RECEIVED', ?) ON CONFLICT (command_id) DO NOTHING")
                        .params(
                                c.commandId(),
                                c.requestId(),
                                c.planId(),
                                c.stepId(),
                                c.environment(),
                                c.action(),
                                c.statementName(),
                                c.tableName(),
                                c.sql(),
                                c.sqlHash(),
                                c.computePoolId(),
                                JSON.writeValueAsString(new TreeMap<>(c.properties())),
                                c.dropTable(),
                                c.timeoutMillis(),
                                c.attempt(),
                                Timestamp.from(receivedAt))
                        .update()
                == 1;
    }

    @Override
    public Optional<Instant> startActing(String commandId, Instant now) {
        return jdbc.sql(
                        "UPDATE command SET state = 'ACTING', started_at = COALESCE(started_at, ?)"
                                + " WHERE command_id = ? AND state <> 'DONE' RETURNING started_at")
                .params(Timestamp.from(now), commandId)
                .query((rs, n) -> instant(rs, "started_at"))
                .optional();
    }

    @Override
    public boolean finish(CommandAnswer a) {
        return jdbc.sql(
                                "UPDATE command SET state = 'DONE', outcome = ?, phase = ?,"
                                        + " detail = ?, platform_id = ?, started_at = ?,"
                                        + " finished_at = ? WHERE command_id = ?"
                                        + " AND state <> 'DONE'")
                        .params(
                                a.outcome(),
                                a.phase(),
                                a.detail(),
                                a.platformId().orElse(null),
                                Timestamp.from(a.startedAt()),
                                Timestamp.from(a.finishedAt()),
                                a.command().commandId())
                        .update()
                == 1;
    }

    @Override
    public List<IncomingCommand> unfinished() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM command WHERE state <> 'DONE' ORDER BY id")
                .query((rs, n) -> command(rs))
                .list();
    }

    private static LoggedCommand logged(ResultSet rs) throws SQLException {
        IncomingCommand command = command(rs);
        CommandState state = CommandState.valueOf(rs.getString("state"));
        Optional<CommandAnswer> answer =
                state != CommandState.DONE
                        ? Optional.empty()
                        : Optional.of(
                                new CommandAnswer(
                                        command,
                                        rs.getString("outcome"),
                                        rs.getString("phase"),
                                        rs.getString("detail"),
                                        Optional.ofNullable(rs.getString("platform_id")),
                                        instant(rs, "started_at"),
                                        instant(rs, "finished_at"),
                                        false));
        return new LoggedCommand(command, state, answer);
    }

    private static IncomingCommand command(ResultSet rs) throws SQLException {
        return new IncomingCommand(
                rs.getString("command_id"),
                rs.getString("request_id"),
                rs.getString("plan_id"),
                rs.getString("step_id"),
                rs.getString("environment"),
                rs.getString("action"),
                rs.getString("statement_name"),
                rs.getString("table_name"),
                rs.getString("sql_text"),
                rs.getString("sql_hash"),
                rs.getString("compute_pool_id"),
                properties(rs.getString("properties")),
                rs.getBoolean("drop_table"),
                rs.getLong("timeout_millis"),
                rs.getInt("attempt"));
    }

    private static Map<String, String> properties(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
