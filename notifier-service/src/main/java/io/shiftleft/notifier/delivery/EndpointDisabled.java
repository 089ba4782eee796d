package io.shiftleft.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * The notifier disabled a subscription's endpoint (410 Gone, or failing too long). Published as an
 * application event inside the transaction that disabled it, so the notifier's own event about it
 * is recorded with the change.
 *
 * @param subscriptionId whose endpoint
 * @param channel its channel's name
 * @param target the target as shown
 * @param reason why
 * @param at when
 */
public record EndpointDisabled(
        UUID subscriptionId, String channel, String target, String reason, Instant at) {}
