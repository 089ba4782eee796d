package io.shiftleft.notifier.subscription.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shiftleft.notifier.adapter.in.web.Params;
import io.shiftleft.notifier.subscription.NewSubscription;
import io.shiftleft.notifier.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON bodies of the subscription endpoints (snake_case). */
final class SubscriptionBodies {

    private SubscriptionBodies() {}

    /** {@code POST} and {@code PATCH}: durations as {@code 30s}, {@code 5m} or ISO-8601. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Request(
            String channel,
            String url,
            String description,
            List<String> eventTypes,
            List<String> environments,
            List<String> products,
            List<String> tables,
            String minSeverity,
            Boolean enabled,
            String routingKey,
            List<String> groupBy,
            String groupWait,
            String groupInterval,
            String repeatInterval) {

        NewSubscription toCommand() {
            return new NewSubscription(
                    channel,
                    url,
                    description,
                    eventTypes,
                    environments,
                    products,
                    tables,
                    minSeverity,
                    enabled,
                    routingKey,
                    groupBy,
                    Params.duration("group_wait", groupWait),
                    Params.duration("group_interval", groupInterval),
                    Params.duration("repeat_interval", repeatInterval));
        }

        @Override
        public String toString() {
            return "Request[channel=" + channel + ", url and routing key hidden]";
        }
    }

    /** A subscription as shown; {@code secret} only in the answer to its creation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record View(
            UUID id,
            String channel,
            String url,
            String description,
            List<String> eventTypes,
            List<String> environments,
            List<String> products,
            List<String> tables,
            String minSeverity,
            List<String> groupBy,
            String groupWait,
            String groupInterval,
            String repeatInterval,
            boolean enabled,
            String disabledReason,
            Instant disabledAt,
            Instant failingSince,
            Instant createdAt,
            Instant updatedAt,
            String secret) {

        static View of(Subscription s, String secret) {
            return new View(
                    s.id(),
                    s.channel().label(),
                    s.targetDisplay(),
                    s.description(),
                    s.filter().eventTypes().stream().sorted().toList(),
                    s.filter().environments().stream().sorted().toList(),
                    s.filter().products().stream().sorted().toList(),
                    s.filter().tables().stream().sorted().toList(),
                    s.filter().minSeverity().name(),
                    s.grouping().groupBy(),
                    text(s.grouping().groupWait()),
                    text(s.grouping().groupInterval()),
                    text(s.grouping().repeatInterval()),
                    s.enabled(),
                    s.disabledReason(),
                    s.disabledAt(),
                    s.failingSince(),
                    s.createdAt(),
                    s.updatedAt(),
                    secret);
        }

        private static String text(java.time.Duration d) {
            return d == null ? null : d.toString();
        }

        @Override
        public String toString() {
            return "View[" + id + ", secret hidden]";
        }
    }

    /** The answer to a rotation: the new secret, once. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Rotated(UUID subscriptionId, String secret, Instant previousSecretExpiresAt) {

        @Override
        public String toString() {
            return "Rotated[" + subscriptionId + ", secret hidden]";
        }
    }
}
