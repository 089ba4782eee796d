package io.shiftleft.notifier.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event the notifier delivers from, whichever topic it came on. Fields that a source does not
 * have are null (a deployment event has no phase, a pipeline event no step).
 *
 * @param eventId the event's id: the deduplication key of the inbox
 * @param source which topic family it came from
 * @param type the event type's name ({@code STATEMENT_FAILED}, {@code DEPLOYMENT_STARTED})
 * @param severity how urgent it is
 * @param environment the environment it happened in
 * @param occurredAt when it happened
 * @param requestId deploy request it belongs to, or null
 * @param planId plan it belongs to, or null
 * @param tableName table, or null
 * @param productName data product, or null
 * @param statementName Flink statement, or null
 * @param computePoolId compute pool, or null
 * @param previousPhase statement phase before the change, or null
 * @param phase statement phase after the change, or null
 * @param detail the event's text, or null
 * @param attributes event-specific values (lag, alert rule and labels)
 * @param tables tables a plan touches (plan-level deployment events)
 */
public record NotifierEvent(
        UUID eventId,
        EventSource source,
        String type,
        Severity severity,
        String environment,
        Instant occurredAt,
        String requestId,
        String planId,
        String tableName,
        String productName,
        String statementName,
        String computePoolId,
        String previousPhase,
        String phase,
        String detail,
        Map<String, String> attributes,
        List<String> tables) {

    public NotifierEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(occurredAt, "occurredAt");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** The type as webhooks name it: {@code pipeline.statement_failed}. */
    public String webhookType() {
        return source.label() + "." + type.toLowerCase(java.util.Locale.ROOT);
    }

    /** An attribute's value, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
