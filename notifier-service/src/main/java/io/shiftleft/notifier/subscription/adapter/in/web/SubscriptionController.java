package io.shiftleft.notifier.subscription.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.adapter.in.web.Params;
import io.shiftleft.notifier.subscription.CreatedSubscription;
import io.shiftleft.notifier.subscription.RotatedSecret;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/subscriptions}: {@code POST} (201 with the id and the signing secret, shown this
 * once), {@code GET} (all, or one by id), {@code PATCH /{id}} (the given fields; {@code "enabled":
 * true} re-enables a disabled endpoint), {@code DELETE /{id}} (204) and {@code POST
 * /{id}/secret/rotate} (the new secret, once; the previous one keeps signing for the overlap).
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    ResponseEntity<SubscriptionBodies.View> create(@RequestBody SubscriptionBodies.Request body) {
        CreatedSubscription created = subscriptions.create(required(body).toCommand());
        return ResponseEntity.created(
                        URI.create("/api/v1/subscriptions/" + created.subscription().id()))
                .body(SubscriptionBodies.View.of(created.subscription(), created.secret()));
    }

    @GetMapping
    List<SubscriptionBodies.View> list() {
        return subscriptions.all().stream().map(s -> SubscriptionBodies.View.of(s, null)).toList();
    }

    @GetMapping("/{id}")
    SubscriptionBodies.View find(@PathVariable String id) {
        return SubscriptionBodies.View.of(subscriptions.find(uuid(id)), null);
    }

    @PatchMapping("/{id}")
    SubscriptionBodies.View update(
            @PathVariable String id, @RequestBody SubscriptionBodies.Request body) {
        return SubscriptionBodies.View.of(
                subscriptions.update(uuid(id), required(body).toCommand()), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        subscriptions.delete(uuid(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/secret/rotate")
    SubscriptionBodies.Rotated rotate(@PathVariable String id) {
        RotatedSecret r = subscriptions.rotateSecret(uuid(id));
        return new SubscriptionBodies.Rotated(
                r.subscriptionId(), r.secret(), r.previousExpiresAt());
    }

    private static SubscriptionBodies.Request required(SubscriptionBodies.Request body) {
        if (body == null) {
            throw NotifierException.invalid("body", "a JSON body is required");
        }
        return body;
    }

    private static UUID uuid(String id) {
        return Params.uuid("id", id);
    }
}
