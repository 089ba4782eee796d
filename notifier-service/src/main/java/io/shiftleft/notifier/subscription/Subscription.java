package io.shiftleft.notifier.subscription;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A subscription as everybody may see it: no secret in it, and the target shown as {@link
 * #targetDisplay()} (chat webhook URLs are credentials, so only their host is shown).
 *
 * @param id the subscription's id
 * @param channel how it is told
 * @param targetDisplay the target as shown
 * @param description free text
 * @param filter which events it takes
 * @param grouping its alert grouping overrides
 * @param enabled whether it receives deliveries
 * @param disabledReason why the notifier or a person disabled it, or null
 * @param disabledAt when, or null
 * @param failingSince first failure since the last success, or null
 * @param createdAt when it was created
 * @param updatedAt last change; the version of its credentials
 */
public record Subscription(
        UUID id,
        Channel channel,
        String targetDisplay,
        String description,
        SubscriptionFilter filter,
        Grouping grouping,
        boolean enabled,
        String disabledReason,
        Instant disabledAt,
        Instant failingSince,
        Instant createdAt,
        Instant updatedAt) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(filter, "filter");
        grouping = grouping == null ? Grouping.DEFAULTS : grouping;
    }
}
