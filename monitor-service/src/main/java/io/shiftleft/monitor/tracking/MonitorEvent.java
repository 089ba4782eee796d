package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A meaningful change the monitor observed, published as a {@code PipelineEvent} (keyed by table,
 * else statement, else pool). Fields that do not apply are null.
 *
 * @param eventId a name-based id: the same change always has the same id, so a repeat is harmless
 * @param occurredAt when the monitor observed it
 * @param type what happened
 * @param severity how urgent it is
 * @param environment the environment
 * @param tableName the table
 * @param productName the table's product
 * @param statementName the statement
 * @param computePoolId the pool
 * @param previousPhase the statement's phase before
 * @param phase the statement's phase now
 * @param detail what the platform said (a failure's error), or what the monitor concluded
 * @param attributes event-specific values (pending records and threshold, pool usage, parent)
 * @param planId the plan of a deployment running on the table when it happened
 * @param requestId that deployment's request
 */
public record MonitorEvent(
        UUID eventId,
        Instant occurredAt,
        EventType type,
        Severity severity,
        String environment,
        String tableName,
        String productName,
        String statementName,
        String computePoolId,
        Phase previousPhase,
        Phase phase,
        String detail,
        Map<String, String> attributes,
        String planId,
        String requestId) {

    public MonitorEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(environment, "environment");
        attributes = Map.copyOf(attributes);
    }

    /** The Kafka key: the table, else the statement, else the pool, else the environment. */
    public String key() {
        if (tableName != null) {
            return tableName;
        }
        if (statementName != null) {
            return statementName;
        }
        return computePoolId != null ? computePoolId : environment;
    }
}
