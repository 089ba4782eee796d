package io.shiftleft.deployer.platform.adapter.out.jdbc;

import io.shiftleft.platform.apache.StatementKind;
import io.shiftleft.platform.apache.StatementStore;
import io.shiftleft.platform.apache.StoredStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link StatementStore} of one environment on table {@code flink_statement}: each call is its
 * own transaction. The creation time keeps its nanoseconds (PostgreSQL keeps microseconds), so a
 * statement reads back equal to what was written, which the adapter relies on.
 */
final class JdbcStatementStore implements StatementStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};
    private static final Comparator<StoredStatement> CREATION_ORDER =
            Comparator.comparing(StoredStatement::createdAt).thenComparing(StoredStatement::name);
    private static final String COLUMNS =
            "name, sql_text, sql_hash, kind, properties, labels, job_id, savepoint_path, stopped,"
                    + " created_at, created_nanos, savepoint_trigger_id, error";

    private final JdbcClient jdbc;
    private final String environment;

    JdbcStatementStore(JdbcClient jdbc, String environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public Optional<StoredStatement> find(String name) {
        return jdbc.sql(
                        "SELECT "
                                + COLUMNS
                                + " FROM flink_statement WHERE environment = ? AND name = ?")
                .params(environment, name)
                .query((rs, n) -> read(rs))
                .optional();
    }

    @Override
    public List<StoredStatement> findAll() {
        List<StoredStatement> all =
                new ArrayList<>(
                        jdbc.sql(
                                        "SELECT "
                                                + COLUMNS
                                                + " FROM flink_statement WHERE environment = ?")
                                .param(environment)
                                .query((rs, n) -> read(rs))
                                .list());
        all.sort(CREATION_ORDER);
        return List.copyOf(all);
    }

    @Override
    public boolean insert(StoredStatement s) {
        return jdbc.sql(
                                "INSERT INTO flink_statement (environment, "
                                        + COLUMNS
                                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        + " ON CONFLICT (environment, name) DO NOTHING")
                        .params(
                                environment,
                                s.name(),
                                s.sql(),
                                s.sqlHash(),
                                s.kind().name(),
                                json(s.properties()),
                                json(s.labels()),
                                s.jobId().orElse(null),
                                s.savepointPath().orElse(null),
                                s.stopped(),
                                createdAt(s),
                                s.createdAt().getNano(),
                                s.savepointTriggerId().orElse(null),
                                s.error().orElse(null))
                        .update()
                == 1;
    }

    @Override
    public boolean update(StoredStatement s) {
        return jdbc.sql(
                                "UPDATE flink_statement SET sql_text = ?, sql_hash = ?, kind = ?,"
                                        + " properties = ?, labels = ?, job_id = ?,"
                                        + " savepoint_path = ?, stopped = ?, created_at = ?,"
                                        + " created_nanos = ?, savepoint_trigger_id = ?, error = ?"
                                        + " WHERE environment = ? AND name = ?")
                        .params(
                                s.sql(),
                                s.sqlHash(),
                                s.kind().name(),
                                json(s.properties()),
                                json(s.labels()),
                                s.jobId().orElse(null),
                                s.savepointPath().orElse(null),
                                s.stopped(),
                                createdAt(s),
                                s.createdAt().getNano(),
                                s.savepointTriggerId().orElse(null),
                                s.error().orElse(null),
                                environment,
                                s.name())
                        .update()
                == 1;
    }

    @Override
    public boolean delete(String name) {
        return jdbc.sql("DELETE FROM flink_statement WHERE environment = ? AND name = ?")
                        .params(environment, name)
                        .update()
                == 1;
    }

    private static StoredStatement read(ResultSet rs) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new StoredStatement(
                rs.getString("name"),
                rs.getString("sql_text"),
                rs.getString("sql_hash"),
                StatementKind.valueOf(rs.getString("kind")),
                map(rs.getString("properties")),
                map(rs.getString("labels")),
                Optional.ofNullable(rs.getString("job_id")),
                Optional.ofNullable(rs.getString("savepoint_path")),
                rs.getBoolean("stopped"),
                Instant.ofEpochSecond(created.getEpochSecond(), rs.getInt("created_nanos")),
                Optional.ofNullable(rs.getString("savepoint_trigger_id")),
                Optional.ofNullable(rs.getString("error")));
    }

    /**
     * Whole microseconds, as PostgreSQL keeps them: truncated, never rounded into the next second.
     */
    private static Timestamp createdAt(StoredStatement s) {
        return Timestamp.from(s.createdAt().truncatedTo(ChronoUnit.MICROS));
    }

    private static String json(Map<String, String> map) {
        return JSON.writeValueAsString(new TreeMap<>(map));
    }

    private static Map<String, String> map(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }
}
