package io.shiftleft.notifier.inbox;

import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.event.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a generic webhook, as Standard Webhooks suggest: {@code {"type":
 * "pipeline.statement_failed", "timestamp": <occurred at>, "data": {...}}} with the event's fields
 * in snake_case (absent ones left out). Stored with the event, so a replay sends the same bytes.
 */
public final class EventPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventPayloads() {}

    /** The webhook body of an event. */
    public static String of(NotifierEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event_id", e.eventId().toString());
        data.put("source", e.source().label());
        data.put("type", e.type());
        data.put("severity", e.severity().name());
        data.put("environment", e.environment());
        data.put("occurred_at", e.occurredAt().toString());
        put(data, "request_id", e.requestId());
        put(data, "plan_id", e.planId());
        put(data, "table_name", e.tableName());
        put(data, "product_name", e.productName());
        put(data, "statement_name", e.statementName());
        put(data, "compute_pool_id", e.computePoolId());
        put(data, "previous_phase", e.previousPhase());
        put(data, "phase", e.phase());
        put(data, "detail", e.detail());
        if (!e.attributes().isEmpty()) {
            data.put("attributes", new java.util.TreeMap<>(e.attributes()));
        }
        if (!e.tables().isEmpty()) {
            data.put("tables", e.tables());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.webhookType());
        body.put("timestamp", e.occurredAt().toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    /** The event a webhook body was made of. */
    @SuppressWarnings("unchecked")
    public static NotifierEvent parse(String payload) {
        Map<String, Object> body =
                JSON.readValue(payload, new TypeReference<Map<String, Object>>() {});
        Map<String, Object> d = (Map<String, Object>) body.get("data");
        return new NotifierEvent(
                UUID.fromString((String) d.get("event_id")),
                EventSource.valueOf(((String) d.get("source")).toUpperCase(Locale.ROOT)),
                (String) d.get("type"),
                Severity.valueOf((String) d.get("severity")),
                (String) d.get("environment"),
                Instant.parse((String) d.get("occurred_at")),
                (String) d.get("request_id"),
                (String) d.get("plan_id"),
                (String) d.get("table_name"),
                (String) d.get("product_name"),
                (String) d.get("statement_name"),
                (String) d.get("compute_pool_id"),
                (String) d.get("previous_phase"),
                (String) d.get("phase"),
                (String) d.get("detail"),
                (Map<String, String>) d.get("attributes"),
                (List<String>) d.get("tables"));
    }

    private static void put(Map<String, Object> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
