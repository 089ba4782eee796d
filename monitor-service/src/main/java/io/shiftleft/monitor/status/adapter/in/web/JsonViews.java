package io.shiftleft.monitor.status.adapter.in.web;

import io.shiftleft.monitor.metrics.MetricPoint;
import io.shiftleft.monitor.status.ProductHealth;
import io.shiftleft.monitor.status.StatementDetail;
import io.shiftleft.monitor.status.StatementView;
import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.HistoryEntry;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.TrackedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON shapes (snake_case), built as ordered maps from the status records. */
final class JsonViews {

    private JsonViews() {}

    static Map<String, Object> statement(StatementView v) {
        TrackedStatement s = v.statement();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", s.name());
        json.put("environment", s.environment());
        json.put("phase", s.phase().name());
        json.put("raw_phase", s.rawPhase());
        json.put("detail", s.detail());
        json.put("table_name", s.tableName());
        json.put("product_name", s.productName());
        json.put("platform_id", s.platformId());
        json.put("compute_pool_id", s.computePoolId());
        json.put("sql_hash", s.sqlHash());
        json.put("created_at", text(s.createdAt()));
        json.put("phase_since", text(s.phaseSince()));
        json.put("changed_at", text(s.changedAt()));
        json.put("observed_at", text(v.observedAt()));
        json.put("lag_high", s.lagHigh());
        json.put("version", s.version());
        gauges(json, v.gauges());
        return json;
    }

    static Map<String, Object> detail(StatementDetail d) {
        Map<String, Object> json = statement(d.view());
        json.put("history", d.history().stream().map(JsonViews::history).toList());
        json.put("metrics", d.metrics().stream().map(JsonViews::sample).toList());
        return json;
    }

    static Map<String, Object> event(MonitorEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_id", e.eventId().toString());
        json.put("occurred_at", text(e.occurredAt()));
        json.put("type", e.type().name());
        json.put("severity", e.severity().name());
        json.put("environment", e.environment());
        json.put("table_name", e.tableName());
        json.put("product_name", e.productName());
        json.put("statement_name", e.statementName());
        json.put("compute_pool_id", e.computePoolId());
        json.put("previous_phase", e.previousPhase() == null ? null : e.previousPhase().name());
        json.put("phase", e.phase() == null ? null : e.phase().name());
        json.put("detail", e.detail());
        json.put("attributes", e.attributes());
        json.put("plan_id", e.planId());
        return json;
    }

    static Map<String, Object> health(ProductHealth h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", h.environment());
        json.put("product", h.product());
        json.put("scope", h.scope());
        json.put("statements", h.statements());
        Map<String, Integer> phases = new LinkedHashMap<>();
        h.phases().forEach((p, n) -> phases.put(p.name(), n));
        json.put("phases", phases);
        json.put(
                "pools",
                h.pools().stream()
                        .map(
                                u -> {
                                    Map<String, Object> pool = new LinkedHashMap<>();
                                    pool.put("compute_pool_id", u.poolId());
                                    pool.put("statements", u.statements());
                                    pool.put(
                                            "current_cfu",
                                            u.pool() == null ? null : u.pool().currentCfu());
                                    pool.put(
                                            "max_cfu", u.pool() == null ? null : u.pool().maxCfu());
                                    pool.put("usage", u.pool() == null ? null : u.pool().usage());
                                    return pool;
                                })
                        .toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pools", h.poolSummary().pools());
        summary.put("current_cfu", h.poolSummary().currentCfu());
        summary.put("pools_over_one_cfu", h.poolSummary().poolsOverOneCfu());
        summary.put("busiest_pool", h.poolSummary().busiest());
        json.put("pool_summary", summary);
        json.put(
                "out_of_order",
                h.outOfOrder().stream()
                        .map(
                                p ->
                                        Map.of(
                                                "parent_statement", p.parentStatement(),
                                                "child_statement", p.childStatement(),
                                                "parent_table", String.valueOf(p.parentTable()),
                                                "child_table", String.valueOf(p.childTable())))
                        .toList());
        Map<String, String> notRunning = new LinkedHashMap<>();
        h.notRunning().forEach((name, phase) -> notRunning.put(name, phase.name()));
        json.put("not_running", notRunning);
        json.put("computed_at", text(h.at()));
        return json;
    }

    static List<Map<String, Object>> statements(List<StatementView> views) {
        return views.stream().map(JsonViews::statement).toList();
    }

    private static Map<String, Object> history(HistoryEntry h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", h.version());
        json.put("at", text(h.at()));
        json.put("previous_phase", h.previousPhase() == null ? null : h.previousPhase().name());
        json.put("phase", h.phase().name());
        json.put("detail", h.detail());
        json.put("event_type", h.eventType() == null ? null : h.eventType().name());
        json.put("severity", h.severity() == null ? null : h.severity().name());
        return json;
    }

    private static Map<String, Object> sample(MetricPoint p) {
        Map<String, Object> json = new LinkedHashMap<>();
        gauges(json, p.gauges());
        return json;
    }

    private static void gauges(Map<String, Object> json, Gauges g) {
        json.put("metrics_as_of", g == null ? null : text(g.asOf()));
        json.put("records_in", g == null ? null : g.recordsIn());
        json.put("records_out", g == null ? null : g.recordsOut());
        json.put("pending_records", g == null ? null : g.pendingRecords());
        json.put("backpressure", g == null ? null : g.backpressure());
        json.put("cfu_used", g == null ? null : g.cfuUsed());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
