package io.shiftleft.notifier.delivery.adapter.in.web;

import io.shiftleft.notifier.delivery.Delivery;
import io.shiftleft.notifier.delivery.DeliveryAttempt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON bodies of the delivery endpoints (snake_case, as webhook payloads). */
final class DeliveryBodies {

    private DeliveryBodies() {}

    /** One delivery of the log. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Entry(
            UUID id,
            String webhookId,
            UUID subscriptionId,
            UUID eventId,
            String kind,
            String eventType,
            String status,
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

        static Entry of(Delivery d) {
            return new Entry(
                    d.id(),
                    d.webhookId(),
                    d.subscriptionId(),
                    d.eventId(),
                    d.kind().name(),
                    d.eventType(),
                    d.status().name(),
                    d.attempts(),
                    d.nextAttemptAt(),
                    d.createdAt(),
                    d.eventOccurredAt(),
                    d.firstAttemptAt(),
                    d.lastAttemptAt(),
                    d.lastStatusCode(),
                    d.lastLatencyMs(),
                    d.lastError(),
                    d.finishedAt(),
                    d.replays());
        }
    }

    /** A delivery with its attempts and payload. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Detail(Entry delivery, List<Attempt> attempts, String payload) {}

    /** One attempt. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attempt(
            int attempt,
            Instant startedAt,
            int latencyMs,
            Integer statusCode,
            String outcome,
            String error) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(
                    a.attempt(),
                    a.startedAt(),
                    a.latencyMs(),
                    a.statusCode(),
                    a.outcome().name(),
                    a.error());
        }
    }

    /** A page of the log. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page(List<Entry> deliveries) {}
}
