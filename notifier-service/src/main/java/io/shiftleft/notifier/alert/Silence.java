package io.shiftleft.notifier.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Mutes the alerts whose labels satisfy every matcher, from {@code startsAt} until {@code endsAt}.
 *
 * @param id its id
 * @param matchers all must match
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param createdBy who made it ({@code deployment} for those of planned deployments)
 * @param comment why
 * @param createdAt when it was made
 * @param deploymentKey the deployment that made it ({@code environment/plan}), or null
 */
public record Silence(
        UUID id,
        List<Matcher> matchers,
        Instant startsAt,
        Instant endsAt,
        String createdBy,
        String comment,
        Instant createdAt,
        String deploymentKey) {

    public Silence {
        Objects.requireNonNull(id, "id");
        matchers = List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts");
        }
    }

    /** Whether it mutes at that moment. */
    public boolean activeAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** Its state at that moment: pending, active or expired. */
    public String stateAt(Instant now) {
        return now.isBefore(startsAt) ? "pending" : now.isBefore(endsAt) ? "active" : "expired";
    }

    /** Whether it mutes an alert with those labels (time aside). */
    public boolean mutes(Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }
}
