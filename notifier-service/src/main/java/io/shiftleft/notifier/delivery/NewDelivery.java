package io.shiftleft.notifier.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A delivery to record.
 *
 * @param id the delivery's id, also its webhook-id
 * @param subscriptionId to whom
 * @param eventId the event it carries, or null (an alert group notification)
 * @param kind what it carries
 * @param eventType the webhook type ({@code pipeline.statement_failed}, {@code alert.firing})
 * @param payload the body, rendered for the channel
 * @param eventOccurredAt when the event happened, or null
 */
public record NewDelivery(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        DeliveryKind kind,
        String eventType,
        String payload,
        Instant eventOccurredAt) {

    public NewDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The id of an event's delivery to a subscription: the same for the same pair, so taking an
     * event in twice records it once.
     */
    public static UUID idFor(UUID eventId, UUID subscriptionId) {
        return UUID.nameUUIDFromBytes(
                (eventId + "/" + subscriptionId).getBytes(StandardCharsets.UTF_8));
    }
}
