package io.shiftleft.notifier.alert.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.adapter.in.web.Params;
import io.shiftleft.notifier.alert.Alerts;
import io.shiftleft.notifier.alert.Silence;
import io.shiftleft.notifier.alert.Silences;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/silences} (201), {@code GET /api/v1/silences[?expired=true]}, {@code
 * GET|DELETE /api/v1/silences/{id}} (DELETE expires it now) and {@code GET /api/v1/alerts} (current
 * alerts of every subscription, with whether a silence mutes them).
 */
@RestController
@RequestMapping("/api/v1")
class SilenceController {

    private final Silences silences;
    private final Alerts alerts;
    private final Clock clock;

    SilenceController(Silences silences, Alerts alerts, Clock clock) {
        this.silences = silences;
        this.alerts = alerts;
        this.clock = clock;
    }

    @PostMapping("/silences")
    ResponseEntity<AlertBodies.SilenceBody> create(@RequestBody AlertBodies.NewSilence body) {
        if (body == null) {
            throw NotifierException.invalid(
                    "body", "a JSON body with matchers and ends_at is required");
        }
        Instant starts = Params.instant("starts_at", body.startsAt());
        Instant ends = Params.instant("ends_at", body.endsAt());
        Duration duration = Params.duration("duration", body.duration());
        if (ends == null && duration != null) {
            ends = (starts == null ? clock.instant() : starts).plus(duration);
        }
        Silence s =
                silences.create(body.toMatchers(), starts, ends, body.createdBy(), body.comment());
        return ResponseEntity.created(URI.create("/api/v1/silences/" + s.id()))
                .body(AlertBodies.SilenceBody.of(s, clock.instant()));
    }

    @GetMapping("/silences")
    List<AlertBodies.SilenceBody> list(@RequestParam(defaultValue = "false") boolean expired) {
        Instant now = clock.instant();
        return silences.list(expired).stream()
                .map(s -> AlertBodies.SilenceBody.of(s, now))
                .toList();
    }

    @GetMapping("/silences/{id}")
    AlertBodies.SilenceBody find(@PathVariable String id) {
        return AlertBodies.SilenceBody.of(silences.find(uuid(id)), clock.instant());
    }

    @DeleteMapping("/silences/{id}")
    AlertBodies.SilenceBody expire(@PathVariable String id) {
        return AlertBodies.SilenceBody.of(silences.expire(uuid(id)), clock.instant());
    }

    @GetMapping("/alerts")
    List<AlertBodies.AlertBody> alerts() {
        return alerts.current().stream()
                .map(
                        e ->
                                AlertBodies.AlertBody.of(
                                        e.getKey(),
                                        e.getValue(),
                                        alerts.silenced(e.getValue().labels())))
                .toList();
    }

    private static UUID uuid(String id) {
        return Params.uuid("id", id);
    }
}
