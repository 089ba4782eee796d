package io.shiftleft.notifier.inbox.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.adapter.in.web.Params;
import io.shiftleft.notifier.inbox.Replays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code POST /api/v1/subscriptions/{id}/replay} with {@code {"since": …, "until": …, "mode":
 * "failed" | "all"}} (202): dead letters of the range are sent again ({@code all}: succeeded
 * deliveries too), and a webhook gets the matching events of the range it never had.
 */
@RestController
class ReplayController {

    /** The request. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Request(String since, String until, String mode) {}

    /** The answer. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Answer(UUID subscriptionId, int requeued, int created) {}

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @PostMapping("/api/v1/subscriptions/{id}/replay")
    ResponseEntity<Answer> replay(@PathVariable String id, @RequestBody Request body) {
        if (body == null) {
            throw NotifierException.invalid(
                    "body", "a JSON body with since (and until, mode) is required");
        }
        String mode = body.mode() == null ? "failed" : body.mode().trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("failed") && !mode.equals("all")) {
            throw NotifierException.invalid(
                    "mode", "mode: '" + body.mode() + "' is not one of failed, all");
        }
        UUID subscription = Params.uuid("id", id);
        Replays.Result r =
                replays.replay(
                        subscription,
                        Params.instant("since", body.since()),
                        Params.instant("until", body.until()),
                        mode.equals("all"));
        return ResponseEntity.accepted().body(new Answer(subscription, r.requeued(), r.created()));
    }
}
