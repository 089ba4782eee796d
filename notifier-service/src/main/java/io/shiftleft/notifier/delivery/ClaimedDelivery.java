package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery a worker claimed for one attempt, with what sending needs from its subscription.
 *
 * @param id its id
 * @param subscriptionId to whom
 * @param channel the subscription's channel
 * @param subscriptionEnabled whether the subscription is enabled
 * @param subscriptionVersion the subscription's {@code updatedAt} (its credentials' version)
 * @param kind what it carries
 * @param eventType its webhook type
 * @param payload the body
 * @param attempts attempts made before this one
 * @param scheduleStep failed attempts since it was recorded or replayed (the retry schedule's
 *     index)
 * @param leaseToken the claim's token: the result is recorded only while the claim holds
 * @param eventOccurredAt when its event happened, or null
 */
public record ClaimedDelivery(
        UUID id,
        UUID subscriptionId,
        Channel channel,
        boolean subscriptionEnabled,
        Instant subscriptionVersion,
        DeliveryKind kind,
        String eventType,
        String payload,
        int attempts,
        int scheduleStep,
        UUID leaseToken,
        Instant eventOccurredAt) {

    /** Its webhook-id. */
    public String webhookId() {
        return WebhookIds.of(id);
    }
}
