package io.shiftleft.notifier.alert.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.alert.Matcher;
import io.shiftleft.notifier.alert.Silence;
import io.shiftleft.notifier.alert.StoredAlert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON bodies of the silence and alert endpoints (snake_case). */
final class AlertBodies {

    private AlertBodies() {}

    /**
     * A matcher as given and shown; {@code is_equal} defaults to true, {@code is_regex} to false.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MatcherBody(String name, String value, Boolean isRegex, Boolean isEqual) {

        Matcher toMatcher(int index) {
            String field = "matchers[" + index + "]";
            if (name == null || name.isBlank()) {
                throw NotifierException.invalid("matchers", field + ".name is required");
            }
            if (value == null) {
                throw NotifierException.invalid("matchers", field + ".value is required");
            }
            try {
                return new Matcher(
                        name.trim(),
                        value,
                        Boolean.TRUE.equals(isRegex),
                        isEqual == null || isEqual);
            } catch (IllegalArgumentException e) {
                throw NotifierException.invalid("matchers", field + ": " + e.getMessage());
            }
        }

        static MatcherBody of(Matcher m) {
            return new MatcherBody(m.name(), m.value(), m.regex(), m.equal());
        }
    }

    /** {@code POST /api/v1/silences}: {@code ends_at} or {@code duration} ({@code 2h}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NewSilence(
            List<MatcherBody> matchers,
            String startsAt,
            String endsAt,
            String duration,
            String createdBy,
            String comment) {

        List<Matcher> toMatchers() {
            List<Matcher> out = new ArrayList<>();
            if (matchers != null) {
                for (int i = 0; i < matchers.size(); i++) {
                    if (matchers.get(i) == null) {
                        throw NotifierException.invalid("matchers", "matchers[" + i + "] is empty");
                    }
                    out.add(matchers.get(i).toMatcher(i));
                }
            }
            return out;
        }
    }

    /** A silence. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SilenceBody(
            UUID id,
            List<MatcherBody> matchers,
            Instant startsAt,
            Instant endsAt,
            String state,
            String createdBy,
            String comment,
            Instant createdAt,
            String deployment) {

        static SilenceBody of(Silence s, Instant now) {
            return new SilenceBody(
                    s.id(),
                    s.matchers().stream().map(MatcherBody::of).toList(),
                    s.startsAt(),
                    s.endsAt(),
                    s.stateAt(now),
                    s.createdBy(),
                    s.comment(),
                    s.createdAt(),
                    s.deploymentKey());
        }
    }

    /** A current alert of a subscription. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AlertBody(
            UUID subscriptionId,
            String fingerprint,
            String name,
            String status,
            boolean oneShot,
            String severity,
            Map<String, String> labels,
            String summary,
            Instant startsAt,
            Instant endsAt,
            String notified,
            boolean silenced) {

        static AlertBody of(UUID subscription, StoredAlert a, boolean silenced) {
            return new AlertBody(
                    subscription,
                    a.fingerprint(),
                    a.name(),
                    a.state().name(),
                    a.oneShot(),
                    a.severity().name(),
                    a.labels(),
                    a.summary(),
                    a.startsAt(),
                    a.endsAt(),
                    a.notifiedState() == null ? null : a.notifiedState().name(),
                    silenced);
        }
    }
}
