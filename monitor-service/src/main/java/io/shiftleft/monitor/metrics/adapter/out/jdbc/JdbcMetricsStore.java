package io.shiftleft.monitor.metrics.adapter.out.jdbc;

import io.shiftleft.monitor.metrics.MetricPoint;
import io.shiftleft.monitor.metrics.MetricsStore;
import io.shiftleft.monitor.metrics.PoolPoint;
import io.shiftleft.monitor.tracking.Gauges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link MetricsStore} on {@code statement_metric_sample}, {@code pool_sample}, {@code pool_state}.
 */
@Component
class JdbcMetricsStore implements MetricsStore {

    private final JdbcTemplate jdbc;

    JdbcMetricsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveStatementSamples(String environment, Collection<MetricPoint> points) {
        jdbc.batchUpdate(
                "INSERT INTO statement_metric_sample (environment, statement_name, sampled_at,"
                        + " records_in, records_out, pending_records, backpressure, cfu_used)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                points.stream()
                        .map(
                                p ->
                                        new Object[] {
                                            environment,
                                            p.statementName(),
                                            Timestamp.from(p.gauges().asOf()),
                                            p.gauges().recordsIn(),
                                            p.gauges().recordsOut(),
                                            p.gauges().pendingRecords(),
                                            p.gauges().backpressure(),
                                            p.gauges().cfuUsed()
                                        })
                        .toList());
    }

    @Override
    public void savePoolSamples(String environment, Collection<PoolPoint> points) {
        jdbc.batchUpdate(
                "INSERT INTO pool_sample (environment, pool_id, sampled_at, current_cfu, max_cfu)"
                        + " VALUES (?, ?, ?, ?, ?)",
                points.stream()
                        .map(
                                p ->
                                        new Object[] {
                                            environment,
                                            p.poolId(),
                                            Timestamp.from(p.at()),
                                            p.currentCfu(),
                                            p.maxCfu()
                                        })
                        .toList());
    }

    @Override
    public List<MetricPoint> statementSamples(String environment, String name, Instant since) {
        return jdbc.query(
                "SELECT * FROM statement_metric_sample WHERE environment = ? AND statement_name"
                        + " = ? AND sampled_at >= ? ORDER BY sampled_at",
                (rs, n) -> new MetricPoint(name, gauges(rs)),
                environment,
                name,
                Timestamp.from(since));
    }

    @Override
    public List<PoolPoint> poolSamples(String environment, String poolId, Instant since) {
        return jdbc.query(
                "SELECT * FROM pool_sample WHERE environment = ? AND pool_id = ? AND sampled_at"
                        + " >= ? ORDER BY sampled_at",
                (rs, n) ->
                        new PoolPoint(
                                poolId,
                                rs.getTimestamp("sampled_at").toInstant(),
                                rs.getInt("current_cfu"),
                                rs.getInt("max_cfu")),
                environment,
                poolId,
                Timestamp.from(since));
    }

    @Override
    public Set<String> saturatedPools(String environment) {
        return new HashSet<>(
                jdbc.queryForList(
                        "SELECT pool_id FROM pool_state WHERE environment = ? AND saturated",
                        String.class,
                        environment));
    }

    @Override
    public boolean markSaturated(
            String environment, String poolId, boolean saturated, Instant since) {
        return jdbc.update(
                        "INSERT INTO pool_state (environment, pool_id, saturated, since) VALUES"
                                + " (?, ?, ?, ?) ON CONFLICT (environment, pool_id) DO UPDATE SET"
                                + " saturated = EXCLUDED.saturated, since = EXCLUDED.since WHERE"
                                + " pool_state.saturated <> EXCLUDED.saturated",
                        environment,
                        poolId,
                        saturated,
                        Timestamp.from(since))
                == 1;
    }

    @Override
    public int purge(Instant before) {
        Timestamp t = Timestamp.from(before);
        return jdbc.update("DELETE FROM statement_metric_sample WHERE sampled_at < ?", t)
                + jdbc.update("DELETE FROM pool_sample WHERE sampled_at < ?", t);
    }

    private static Gauges gauges(ResultSet rs) throws SQLException {
        return new Gauges(
                rs.getTimestamp("sampled_at").toInstant(),
                rs.getObject("records_in", Long.class),
                rs.getObject("records_out", Long.class),
                rs.getObject("pending_records", Long.class),
                rs.getObject("backpressure", Double.class),
                rs.getObject("cfu_used", Double.class));
    }
}
