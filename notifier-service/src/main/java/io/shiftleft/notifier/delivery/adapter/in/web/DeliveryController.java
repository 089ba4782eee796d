package io.shiftleft.notifier.delivery.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.adapter.in.web.Params;
import io.shiftleft.notifier.delivery.Delivery;
import io.shiftleft.notifier.delivery.DeliveryLog;
import io.shiftleft.notifier.delivery.DeliveryQuery;
import io.shiftleft.notifier.delivery.DeliveryStatus;
import io.shiftleft.notifier.delivery.WebhookIds;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/deliveries} (the log, newest first, filtered by subscription, status, event),
 * {@code GET /api/v1/dead-letters}, {@code GET /api/v1/deliveries/{id}} (attempts and payload; the
 * id or the webhook-id) and {@code POST /api/v1/deliveries/{id}/replay}.
 */
@RestController
@RequestMapping("/api/v1")
class DeliveryController {

    private final DeliveryLog deliveries;

    DeliveryController(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/deliveries")
    DeliveryBodies.Page list(
            @RequestParam(name = "subscription_id", required = false) String subscription,
            @RequestParam(required = false) String status,
            @RequestParam(name = "event_id", required = false) String event,
            @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "100") int limit) {
        return page(
                query(
                        Params.uuid("subscription_id", subscription),
                        status(status),
                        Params.uuid("event_id", event),
                        before,
                        limit));
    }

    @GetMapping("/dead-letters")
    DeliveryBodies.Page deadLetters(
            @RequestParam(name = "subscription_id", required = false) String subscription,
            @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "100") int limit) {
        return page(
                query(
                        Params.uuid("subscription_id", subscription),
                        DeliveryStatus.DEAD,
                        null,
                        before,
                        limit));
    }

    @GetMapping("/deliveries/{id}")
    DeliveryBodies.Detail find(@PathVariable String id) {
        UUID delivery = id(id);
        return new DeliveryBodies.Detail(
                DeliveryBodies.Entry.of(deliveries.find(delivery)),
                deliveries.attempts(delivery).stream().map(DeliveryBodies.Attempt::of).toList(),
                deliveries.payload(delivery));
    }

    @PostMapping("/deliveries/{id}/replay")
    ResponseEntity<DeliveryBodies.Entry> replay(@PathVariable String id) {
        return ResponseEntity.accepted().body(DeliveryBodies.Entry.of(deliveries.replay(id(id))));
    }

    private DeliveryQuery query(
            UUID subscription, DeliveryStatus status, UUID event, String before, int limit) {
        if (limit < 1 || limit > 500) {
            throw NotifierException.invalid(
                    "limit", "limit must be between 1 and 500, was " + limit);
        }
        return new DeliveryQuery(
                subscription, status, event, Params.instant("before", before), limit);
    }

    private DeliveryBodies.Page page(DeliveryQuery query) {
        List<Delivery> found = deliveries.list(query);
        return new DeliveryBodies.Page(found.stream().map(DeliveryBodies.Entry::of).toList());
    }

    private static DeliveryStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NotifierException.invalid(
                    "status", "status: '" + value + "' is not one of pending, succeeded, dead");
        }
    }

    private static UUID id(String value) {
        return WebhookIds.parse(value)
                .orElseThrow(
                        () ->
                                NotifierException.invalid(
                                        "id",
                                        "id: '"
                                                + value
                                                + "' is neither a delivery id nor a webhook-id (msg_…)"));
    }
}
