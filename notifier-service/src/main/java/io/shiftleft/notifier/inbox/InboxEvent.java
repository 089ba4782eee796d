package io.shiftleft.notifier.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event received for notification.
 *
 * @param eventId id of the event, the deduplication key
 * @param source topic family: {@code pipeline} or {@code deployment}
 * @param type event type by name
 * @param severity severity by name
 * @param environment environment
 * @param tableName table, or null
 * @param productName product, or null
 * @param detail the event's text, or null
 * @param occurredAt when it happened
 */
public record InboxEvent(
        UUID eventId,
        String source,
        String type,
        String severity,
        String environment,
        String tableName,
        String productName,
        String detail,
        Instant occurredAt) {

    public InboxEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }
}
