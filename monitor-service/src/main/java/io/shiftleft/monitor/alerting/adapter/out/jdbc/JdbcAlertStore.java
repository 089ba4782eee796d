package io.shiftleft.monitor.alerting.adapter.out.jdbc;

import io.shiftleft.monitor.alerting.AlertConflictException;
import io.shiftleft.monitor.alerting.AlertInstance;
import io.shiftleft.monitor.alerting.AlertState;
import io.shiftleft.monitor.alerting.AlertStore;
import io.shiftleft.monitor.alerting.AlertTarget;
import io.shiftleft.monitor.alerting.AlertTransition;
import io.shiftleft.monitor.alerting.InstanceKey;
import io.shiftleft.monitor.tracking.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@link AlertStore} on {@code alert_instance}; every write is guarded by the alert's version. */
@Component
class JdbcAlertStore implements AlertStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {};
    private static final String COLUMNS =
            "table_name = ?, product_name = ?, pool_id = ?, state = ?, active_since = ?, fired_at ="
                    + " ?, clear_since = ?, resolved_at = ?, observed_value = ?, threshold = ?,"
                    + " severity = ?, labels = ?, updated_at = ?, version = ?";

    private final JdbcTemplate jdbc;

    JdbcAlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<InstanceKey, AlertInstance> load(String environment) {
        Map<InstanceKey, AlertInstance> alerts = new HashMap<>();
        jdbc.query(
                "SELECT * FROM alert_instance WHERE environment = ?",
                rs -> {
                    AlertInstance a = row(rs);
                    alerts.put(a.key(), a);
                },
                environment);
        return alerts;
    }

    @Override
    public void write(List<AlertTransition> transitions) {
        for (AlertTransition t : transitions) {
            if (!t.write()) {
                continue;
            }
            int n;
            if (t.after() == null) {
                n =
                        jdbc.update(
                                "DELETE FROM alert_instance WHERE fingerprint = ? AND version = ?",
                                t.before().fingerprint(),
                                t.before().version());
            } else if (t.before() == null) {
                n = insert(t.after());
            } else {
                n = update(t.after(), t.before().version());
            }
            if (n != 1) {
                AlertInstance a = t.before() != null ? t.before() : t.after();
                throw new AlertConflictException(
                        a.fingerprint(), t.before() == null ? 0 : t.before().version());
            }
        }
    }

    @Override
    public int purgeResolved(Instant before) {
        return jdbc.update(
                "DELETE FROM alert_instance WHERE state = 'RESOLVED' AND resolved_at < ?",
                Timestamp.from(before));
    }

    private int insert(AlertInstance a) {
        Object[] values = values(a);
        Object[] args = new Object[values.length + 5];
        args[0] = a.environment();
        args[1] = a.key().rule();
        args[2] = a.key().kind().name();
        args[3] = a.key().target();
        args[4] = a.fingerprint();
        System.arraycopy(values, 0, args, 5, values.length);
        return jdbc.update(
                "INSERT INTO alert_instance (environment, rule_name, target_kind, target,"
                        + " fingerprint, table_name, product_name, pool_id, state, active_since,"
                        + " fired_at, clear_since, resolved_at, observed_value, threshold,"
                        + " severity, labels, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                args);
    }

    private int update(AlertInstance a, long expected) {
        Object[] values = values(a);
        Object[] args = new Object[values.length + 2];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = a.fingerprint();
        args[values.length + 1] = expected;
        return jdbc.update(
                "UPDATE alert_instance SET " + COLUMNS + " WHERE fingerprint = ? AND version = ?",
                args);
    }

    private static Object[] values(AlertInstance a) {
        return new Object[] {
            a.tableName(),
            a.productName(),
            a.poolId(),
            a.state().name(),
            Timestamp.from(a.activeSince()),
            time(a.firedAt()),
            time(a.clearSince()),
            time(a.resolvedAt()),
            a.value(),
            a.threshold(),
            a.severity().name(),
            JSON.writeValueAsString(a.labels()),
            Timestamp.from(a.updatedAt()),
            a.version()
        };
    }

    private static AlertInstance row(ResultSet rs) throws SQLException {
        return new AlertInstance(
                new InstanceKey(
                        rs.getString("rule_name"),
                        AlertTarget.Kind.valueOf(rs.getString("target_kind")),
                        rs.getString("target")),
                rs.getString("environment"),
                rs.getString("fingerprint"),
                rs.getString("table_name"),
                rs.getString("product_name"),
                rs.getString("pool_id"),
                AlertState.valueOf(rs.getString("state")),
                rs.getTimestamp("active_since").toInstant(),
                instant(rs, "fired_at"),
                instant(rs, "clear_since"),
                instant(rs, "resolved_at"),
                rs.getString("observed_value"),
                rs.getString("threshold"),
                Severity.valueOf(rs.getString("severity")),
                JSON.readValue(rs.getString("labels"), LABELS),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
