package io.shiftleft.monitor.tracking.adapter.out.jdbc;

import io.shiftleft.monitor.tracking.Change;
import io.shiftleft.monitor.tracking.ConcurrentChangeException;
import io.shiftleft.monitor.tracking.HistoryEntry;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.OutOfOrderPair;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackingStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link TrackingStore} on the monitor's PostgreSQL schema: {@code tracked_statement} (one row per
 * statement, written with a version check), {@code statement_change}, {@code environment_baseline}
 * and {@code out_of_order_pair}. Changes are written in JDBC batches.
 */
@Component
class JdbcTrackingStore implements TrackingStore {

    private static final String INSERT =
            "INSERT INTO tracked_statement (environment, statement_name, table_name, product_name,"
                    + " phase, raw_phase, detail, platform_id, compute_pool_id, sql_hash,"
                    + " created_at, phase_since, changed_at, lag_high, version) VALUES (?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE =
            "UPDATE tracked_statement SET table_name = ?, product_name = ?, phase = ?, raw_phase"
                    + " = ?, detail = ?, platform_id = ?, compute_pool_id = ?, sql_hash = ?,"
                    + " created_at = ?, phase_since = ?, changed_at = ?, lag_high = ?, version = ?"
                    + " WHERE environment = ? AND statement_name = ? AND version = ?";
    private static final String HISTORY =
            "INSERT INTO statement_change (environment, statement_name, version, changed_at,"
                    + " previous_phase, phase, detail, event_type, severity) VALUES (?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    JdbcTrackingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, TrackedStatement> load(String environment) {
        Map<String, TrackedStatement> all = new HashMap<>();
        jdbc.query(
                "SELECT * FROM tracked_statement WHERE environment = ?",
                rs -> {
                    TrackedStatement s = Rows.statement(rs);
                    all.put(s.name(), s);
                },
                environment);
        return all;
    }

    @Override
    public boolean baselined(String environment) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM environment_baseline WHERE environment = ?",
                        Integer.class,
                        environment)
                .isEmpty();
    }

    @Override
    public void write(String environment, List<Change> changes, boolean baseline) {
        List<Object[]> inserts = new ArrayList<>();
        List<Change> inserted = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Change> updated = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Change c : changes) {
            TrackedStatement s = c.after();
            if (c.before().isEmpty()) {
                inserts.add(Rows.insertArgs(s));
                inserted.add(c);
            } else {
                updates.add(Rows.updateArgs(s, c.before().get().version()));
                updated.add(c);
            }
            boolean phaseChanged = c.before().map(b -> b.phase() != s.phase()).orElse(true);
            if (phaseChanged || c.event().isPresent()) {
                history.add(historyArgs(c));
            }
        }
        check(environment, inserted, jdbc.batchUpdate(INSERT, inserts));
        check(environment, updated, jdbc.batchUpdate(UPDATE, updates));
        jdbc.batchUpdate(HISTORY, history);
        if (baseline) {
            jdbc.update(
                    "INSERT INTO environment_baseline (environment, taken_at) VALUES (?, now())"
                            + " ON CONFLICT DO NOTHING",
                    environment);
        }
    }

    @Override
    public Set<OutOfOrderPair> outOfOrder(String environment) {
        return new HashSet<>(
                jdbc.query(
                        "SELECT parent_statement, child_statement, parent_table, child_table"
                                + " FROM out_of_order_pair WHERE environment = ?",
                        (rs, n) ->
                                new OutOfOrderPair(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4)),
                        environment));
    }

    @Override
    public void updateOutOfOrder(
            String environment,
            Set<OutOfOrderPair> added,
            Set<OutOfOrderPair> removed,
            Instant now) {
        jdbc.batchUpdate(
                "DELETE FROM out_of_order_pair WHERE environment = ? AND parent_statement = ?"
                        + " AND child_statement = ?",
                removed.stream()
                        .map(
                                p ->
                                        new Object[] {
                                            environment, p.parentStatement(), p.childStatement()
                                        })
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO out_of_order_pair (environment, parent_statement, child_statement,"
                        + " parent_table, child_table, since) VALUES (?, ?, ?, ?, ?, ?) ON"
                        + " CONFLICT DO NOTHING",
                added.stream()
                        .map(
                                p ->
                                        new Object[] {
                                            environment,
                                            p.parentStatement(),
                                            p.childStatement(),
                                            p.parentTable(),
                                            p.childTable(),
                                            Timestamp.from(now)
                                        })
                        .toList());
    }

    @Override
    public List<HistoryEntry> history(String environment, String name, int limit) {
        return jdbc.query(
                "SELECT * FROM statement_change WHERE environment = ? AND statement_name = ?"
                        + " ORDER BY version DESC LIMIT ?",
                (rs, n) -> Rows.history(rs),
                environment,
                name,
                limit);
    }

    @Override
    public int purgeHistory(Instant before) {
        return jdbc.update(
                "DELETE FROM statement_change WHERE changed_at < ?", Timestamp.from(before));
    }

    private static void check(String environment, List<Change> changes, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                Change c = changes.get(i);
                throw new ConcurrentChangeException(
                        environment,
                        c.after().name(),
                        c.before().map(TrackedStatement::version).orElse(0L));
            }
        }
    }

    private static Object[] historyArgs(Change c) {
        TrackedStatement s = c.after();
        MonitorEvent e = c.event().orElse(null);
        return new Object[] {
            s.environment(),
            s.name(),
            s.version(),
            Timestamp.from(s.changedAt()),
            c.before().map(b -> b.phase().name()).orElse(null),
            s.phase().name(),
            e != null && e.detail() != null ? e.detail() : s.detail(),
            e == null ? null : e.type().name(),
            e == null ? null : e.severity().name()
        };
    }
}
