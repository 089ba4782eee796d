package io.shiftleft.notifier.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.event.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alertmanager's flush rules, and which events are which alerts. */
class GroupFlushTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Timing TIMING =
            new Timing(
                    List.of("environment", "alertname"),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(5),
                    Duration.ofHours(4));

    @Test
    void notifiesNewAlertsOnceThenOnlyChangesOrRepeats() {
        DueGroup fresh = group(null);
        GroupFlush first =
                GroupFlush.decide(
                        fresh,
                        List.of(alert("a", AlertState.FIRING, null)),
                        a -> false,
                        TIMING,
                        NOW);
        assertThat(first.notification().firing()).hasSize(1);
        assertThat(first.nextFlushAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));

        DueGroup notified = group(NOW);
        GroupFlush quiet =
                GroupFlush.decide(
                        notified,
                        List.of(alert("a", AlertState.FIRING, AlertState.FIRING)),
                        a -> false,
                        TIMING,
                        NOW.plusSeconds(300));
        assertThat(quiet.notification()).isNull();
        GroupFlush repeat =
                GroupFlush.decide(
                        notified,
                        List.of(alert("a", AlertState.FIRING, AlertState.FIRING)),
                        a -> false,
                        TIMING,
                        NOW.plus(Duration.ofHours(4)));
        assertThat(repeat.notification().newlyFiring()).isEmpty();
        assertThat(repeat.notification().firing()).hasSize(1);
    }

    @Test
    void tellsResolutionsOfNotifiedAlertsAndDropsFlapsNobodyWasToldAbout() {
        GroupFlush resolved =
                GroupFlush.decide(
                        group(NOW),
                        List.of(
                                alert("a", AlertState.RESOLVED, AlertState.FIRING),
                                alert("b", AlertState.RESOLVED, null)),
                        a -> false,
                        TIMING,
                        NOW.plusSeconds(300));
        assertThat(resolved.notification().resolved())
                .extracting(StoredAlert::fingerprint)
                .containsExactly("a");
        assertThat(resolved.removed()).containsExactlyInAnyOrder("a", "b");
        assertThat(resolved.nextFlushAt()).isNull();
    }

    @Test
    void keepsSilencedAlertsWaitingAndDropsSilencedOneShots() {
        StoredAlert muted = alert("a", AlertState.FIRING, null);
        StoredAlert shot =
                new StoredAlert(
                        "s",
                        "pool_saturated",
                        AlertState.FIRING,
                        true,
                        Severity.WARNING,
                        Map.of("alertname", "pool_saturated"),
                        "saturated",
                        NOW,
                        null,
                        null);
        GroupFlush flush =
                GroupFlush.decide(group(null), List.of(muted, shot), a -> true, TIMING, NOW);
        assertThat(flush.notification()).isNull();
        assertThat(flush.removed()).containsExactly("s");
        assertThat(flush.nextFlushAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void classifiesEventsIntoAlertsAndNotices() {
        NotifierEvent failed = event(EventSource.PIPELINE, "STATEMENT_FAILED", Map.of());
        NotifierEvent recovered = event(EventSource.PIPELINE, "STATEMENT_RECOVERED", Map.of());
        assertThat(AlertSignals.of(failed).orElseThrow().fingerprint())
                .isEqualTo(AlertSignals.of(recovered).orElseThrow().fingerprint())
                .isEqualTo("statement_unhealthy/prod/stmt-1");
        assertThat(AlertSignals.of(recovered).orElseThrow().state()).isEqualTo(AlertState.RESOLVED);
        AlertSignal rule =
                AlertSignals.of(
                                event(
                                        EventSource.PIPELINE,
                                        "ALERT_FIRING",
                                        Map.of(
                                                "alert_rule",
                                                "HighLag",
                                                "alert_fingerprint",
                                                "HighLag/stmt-1",
                                                "team",
                                                "core")))
                        .orElseThrow();
        assertThat(rule.fingerprint()).isEqualTo("HighLag/stmt-1");
        assertThat(rule.labels())
                .containsEntry("alertname", "HighLag")
                .containsEntry("team", "core")
                .doesNotContainKey("alert_fingerprint");
        assertThat(
                        AlertSignals.of(event(EventSource.PIPELINE, "POOL_SATURATED", Map.of()))
                                .orElseThrow()
                                .oneShot())
                .isTrue();
        assertThat(AlertSignals.of(event(EventSource.DEPLOYMENT, "DEPLOYMENT_STARTED", Map.of())))
                .isEmpty();
        assertThat(
                        AlertSignals.of(
                                        event(
                                                EventSource.DEPLOYMENT,
                                                "DEPLOYMENT_FAILED",
                                                Map.of()))
                                .orElseThrow()
                                .name())
                .isEqualTo("deployment_failed");
        assertThat(TIMING.groupKey(rule.labels()))
                .isEqualTo("{alertname=\"HighLag\",environment=\"prod\"}");
    }

    @Test
    void mutesWithEqualRegexAndNegatedMatchers() {
        Map<String, String> labels = Map.of("environment", "prod", "table", "fct_orders");
        assertThat(new Matcher("table", "fct_.*", true, true).matches(labels)).isTrue();
        assertThat(new Matcher("table", "fct", true, true).matches(labels)).isFalse();
        assertThat(new Matcher("environment", "dev", false, false).matches(labels)).isTrue();
        assertThat(new Matcher("team", "", false, true).matches(labels)).isTrue();
        Silence s =
                new Silence(
                        UUID.randomUUID(),
                        List.of(new Matcher("environment", "prod", false, true)),
                        NOW,
                        NOW.plusSeconds(60),
                        "ana",
                        null,
                        NOW,
                        null);
        assertThat(s.activeAt(NOW.plusSeconds(59))).isTrue();
        assertThat(s.activeAt(NOW.plusSeconds(60))).isFalse();
        assertThat(s.mutes(labels)).isTrue();
    }

    private static DueGroup group(Instant lastNotified) {
        return new DueGroup(UUID.randomUUID(), "{}", Map.of("alertname", "x"), lastNotified);
    }

    private static StoredAlert alert(String fingerprint, AlertState state, AlertState notified) {
        return new StoredAlert(
                fingerprint,
                "x",
                state,
                false,
                Severity.ERROR,
                Map.of("alertname", "x"),
                "summary " + fingerprint,
                NOW.minusSeconds(60),
                state == AlertState.RESOLVED ? NOW : null,
                notified);
    }

    private static NotifierEvent event(
            EventSource source, String type, Map<String, String> attributes) {
        return new NotifierEvent(
                UUID.randomUUID(),
                source,
                type,
                Severity.ERROR,
                "prod",
                NOW,
                "r",
                "p",
                "t",
                "shop",
                "stmt-1",
                null,
                null,
                null,
                "d",
                attributes,
                List.of());
    }
}
