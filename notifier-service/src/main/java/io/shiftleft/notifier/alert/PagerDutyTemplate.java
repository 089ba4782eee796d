package io.shiftleft.notifier.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PagerDuty Events API v2: a {@code trigger} for each alert that started firing and a {@code
 * resolve} for each that resolved, with the alert's fingerprint (rule or condition, environment,
 * statement) as {@code dedup_key}, so PagerDuty opens one incident per alert and closes that one.
 * The routing key is added when sending, never stored in the payload.
 */
final class PagerDutyTemplate {

    private PagerDutyTemplate() {}

    static List<Rendered> alert(Notification n) {
        List<Rendered> events = new ArrayList<>();
        for (StoredAlert a : n.newlyFiring()) {
            events.add(new Rendered("pagerduty.trigger", trigger(a)));
        }
        for (StoredAlert a : n.resolved()) {
            Map<String, Object> resolve = new LinkedHashMap<>();
            resolve.put("event_action", "resolve");
            resolve.put("dedup_key", dedupKey(a));
            events.add(new Rendered("pagerduty.resolve", TemplateText.json(resolve)));
        }
        return events;
    }

    private static String trigger(StoredAlert a) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(
                "summary", TemplateText.cut(a.summary() == null ? a.name() : a.summary(), 1024));
        payload.put("source", "shift-left/" + a.labels().getOrDefault("environment", "unknown"));
        payload.put("severity", severity(a));
        payload.put("timestamp", a.startsAt().toString());
        String component = a.labels().getOrDefault("statement", a.labels().get("table"));
        if (component != null) {
            payload.put("component", component);
        }
        if (a.labels().containsKey("product")) {
            payload.put("group", a.labels().get("product"));
        }
        payload.put("class", a.name());
        payload.put("custom_details", a.labels());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_action", "trigger");
        event.put("dedup_key", dedupKey(a));
        event.put("client", "shift-left");
        event.put("payload", payload);
        return TemplateText.json(event);
    }

    /** PagerDuty caps dedup keys at 255 characters. */
    private static String dedupKey(StoredAlert a) {
        return TemplateText.cut(a.fingerprint(), 255);
    }

    private static String severity(StoredAlert a) {
        return switch (a.severity()) {
            case CRITICAL -> "critical";
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }
}
