package io.shiftleft.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A search of the delivery log; null fields do not filter.
 *
 * @param subscriptionId whose
 * @param status which status (DEAD: the dead letters)
 * @param eventId of which event
 * @param before recorded before this (paging: the last {@code createdAt} seen)
 * @param limit at most this many (1 to 500)
 */
public record DeliveryQuery(
        UUID subscriptionId, DeliveryStatus status, UUID eventId, Instant before, int limit) {

    public DeliveryQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500, was " + limit);
        }
    }
}
