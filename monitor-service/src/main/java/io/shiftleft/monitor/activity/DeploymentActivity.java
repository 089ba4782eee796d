package io.shiftleft.monitor.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One deployment event as the monitor keeps it.
 *
 * @param eventId id of the event, the deduplication key
 * @param requestId request it belongs to
 * @param planId plan it belongs to, or null before planning
 * @param environment environment
 * @param type event type, by name of the contract's DeploymentEventType
 * @param statementName statement the step touches, or null
 * @param tableName table of the step (or the plan's first table), or null
 * @param occurredAt when it happened
 */
public record DeploymentActivity(
        UUID eventId,
        String requestId,
        String planId,
        String environment,
        String type,
        String statementName,
        String tableName,
        Instant occurredAt) {

    public DeploymentActivity {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }
}
