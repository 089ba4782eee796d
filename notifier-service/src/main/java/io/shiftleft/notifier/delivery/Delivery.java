package io.shiftleft.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the delivery log shows it.
 *
 * @param id its id
 * @param subscriptionId to whom
 * @param eventId the event, or null
 * @param kind what it carries
 * @param eventType its webhook type
 * @param status where it stands
 * @param attempts attempts made
 * @param nextAttemptAt when it is due (pending only)
 * @param createdAt when it was recorded
 * @param eventOccurredAt when its event happened, or null
 * @param firstAttemptAt first attempt, or null
 * @param lastAttemptAt last attempt, or null
 * @param lastStatusCode last HTTP status (or 250 for SMTP), or null
 * @param lastLatencyMs last attempt's latency, or null
 * @param lastError last failure, or null
 * @param finishedAt when it succeeded or died, or null
 * @param replays how often it was replayed
 */
public record Delivery(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        DeliveryKind kind,
        String eventType,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant eventOccurredAt,
        Instant firstAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        Integer lastLatencyMs,
        String lastError,
        Instant finishedAt,
        int replays) {

    /** Its webhook-id. */
    public String webhookId() {
        return WebhookIds.of(id);
    }
}
