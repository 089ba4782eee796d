package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.NotifierEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Text pieces the channel templates share, and their JSON writer. */
final class TemplateText {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_LISTED = 10;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private TemplateText() {}

    /** {@code [FIRING:2] statement_unhealthy (environment=prod)}. */
    static String title(Notification n) {
        String count =
                n.status() == AlertState.FIRING
                        ? "FIRING:" + n.firing().size()
                        : "RESOLVED:" + n.resolved().size();
        String name = name(n);
        String labels =
                n.groupLabels().entrySet().stream()
                        .filter(e -> !e.getKey().equals("alertname") && !e.getValue().isEmpty())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
        return "[" + count + "] " + name + (labels.isEmpty() ? "" : " (" + labels + ")");
    }

    static String name(Notification n) {
        String name = n.groupLabels().get("alertname");
        if (name != null && !name.isEmpty()) {
            return name;
        }
        List<StoredAlert> any = n.firing().isEmpty() ? n.resolved() : n.firing();
        return any.isEmpty() ? "alerts" : any.get(0).name();
    }

    /** One line per alert, at most {@link #MAX_LISTED}, then how many more. */
    static List<String> lines(List<StoredAlert> alerts, boolean resolved) {
        List<String> lines =
                alerts.stream()
                        .limit(MAX_LISTED)
                        .map(a -> line(a, resolved))
                        .collect(Collectors.toCollection(java.util.ArrayList::new));
        if (alerts.size() > MAX_LISTED) {
            lines.add("… and " + (alerts.size() - MAX_LISTED) + " more");
        }
        return lines;
    }

    static String line(StoredAlert a, boolean resolved) {
        String when =
                resolved && a.endsAt() != null
                        ? "resolved " + TIME.format(a.endsAt())
                        : "since " + TIME.format(a.startsAt());
        return "["
                + a.severity().name()
                + "] "
                + (a.summary() == null ? a.fingerprint() : a.summary())
                + " ("
                + when
                + ")";
    }

    /** The facts of a notice: the event's fields that are set. */
    static Map<String, String> facts(NotifierEvent e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("environment", e.environment());
        f.put("severity", e.severity().name());
        put(f, "plan", e.planId());
        put(f, "request", e.requestId());
        put(f, "table", e.tableName());
        put(f, "product", e.productName());
        put(f, "statement", e.statementName());
        if (!e.tables().isEmpty()) {
            f.put(
                    "tables",
                    e.tables().size() <= MAX_LISTED
                            ? String.join(", ", e.tables())
                            : e.tables().size() + " tables");
        }
        f.put("at", TIME.format(e.occurredAt()));
        return f;
    }

    /** {@code DEPLOYMENT_STARTED in prod}. */
    static String noticeTitle(NotifierEvent e) {
        return e.type() + " in " + e.environment();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) {
            f.put(key, value);
        }
    }
}
