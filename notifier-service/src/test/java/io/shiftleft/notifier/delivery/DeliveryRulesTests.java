package io.shiftleft.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.Credentials;
import io.shiftleft.notifier.subscription.SigningSecret;
import io.shiftleft.notifier.testing.Signatures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retry schedule, what an attempt's result means, and the signed message. */
class DeliveryRulesTests {

    private static final List<Duration> SCHEDULE =
            List.of(
                    Duration.ofSeconds(5),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(5),
                    Duration.ofHours(10),
                    Duration.ofHours(10));
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void scalesEachDelayByAtMostTheJitterAndEndsAfterTheLast() {
        RetrySchedule low = new RetrySchedule(SCHEDULE, 0.2, () -> 0.0);
        RetrySchedule high = new RetrySchedule(SCHEDULE, 0.2, () -> 0.999999);
        for (int i = 0; i < SCHEDULE.size(); i++) {
            long base = SCHEDULE.get(i).toMillis();
            assertThat(low.delayAfter(i).orElseThrow().toMillis())
                    .isEqualTo(Math.round(base * 0.8));
            assertThat(high.delayAfter(i).orElseThrow().toMillis())
                    .isBetween(Math.round(base * 1.19), Math.round(base * 1.2));
        }
        assertThat(low.delayAfter(SCHEDULE.size())).isEmpty();
        assertThat(low.maxAttempts()).isEqualTo(8);
    }

    @Test
    void decidesSuccessRetryThrottleGoneAndDeadLetter() {
        Outcomes outcomes =
                new Outcomes(new RetrySchedule(SCHEDULE, 0, () -> 0.5), Duration.ofHours(24));
        assertThat(
                        outcomes.decide(claimed(0), NOW, AttemptResult.answered(204, 3, null), NOW)
                                .status())
                .isEqualTo(DeliveryStatus.SUCCEEDED);
        DeliveryStore.Recorded failed =
                outcomes.decide(claimed(1), NOW, AttemptResult.answered(500, 3, null), NOW);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        DeliveryStore.Recorded throttled =
                outcomes.decide(
                        claimed(0),
                        NOW,
                        AttemptResult.answered(429, 3, Duration.ofSeconds(90)),
                        NOW);
        assertThat(throttled.outcome()).isEqualTo(AttemptOutcome.THROTTLED);
        assertThat(throttled.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
        DeliveryStore.Recorded capped =
                outcomes.decide(
                        claimed(0), NOW, AttemptResult.answered(503, 3, Duration.ofDays(9)), NOW);
        assertThat(capped.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        DeliveryStore.Recorded gone =
                outcomes.decide(claimed(0), NOW, AttemptResult.answered(410, 3, null), NOW);
        assertThat(gone.outcome()).isEqualTo(AttemptOutcome.GONE);
        assertThat(gone.status()).isEqualTo(DeliveryStatus.DEAD);
        DeliveryStore.Recorded last =
                outcomes.decide(claimed(7), NOW, AttemptResult.failed("timeout", 15000), NOW);
        assertThat(last.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(last.error()).contains("timeout", "no attempt left");
        DeliveryStore.Recorded redirect =
                outcomes.decide(claimed(0), NOW, AttemptResult.answered(301, 3, null), NOW);
        assertThat(redirect.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void signsIdTimestampAndBodyWithEverySecretThatIsValidNow() {
        String current = SigningSecret.generate();
        String previous = SigningSecret.generate();
        Credentials overlapping =
                new Credentials(
                        UUID.randomUUID(),
                        NOW,
                        "https://x.example/",
                        current,
                        previous,
                        NOW.plusSeconds(60),
                        null);
        ClaimedDelivery d = claimed(0);
        Message m = Messages.compose(d, overlapping, NOW);
        String id = m.headers().get("webhook-id");
        String ts = m.headers().get("webhook-timestamp");
        String signature = m.headers().get("webhook-signature");
        assertThat(ts).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(Signatures.valid(current, id, ts, m.body(), signature)).isTrue();
        assertThat(Signatures.valid(previous, id, ts, m.body(), signature)).isTrue();
        assertThat(Signatures.valid(current, id, ts, m.body() + " ", signature)).isFalse();
        assertThat(Signatures.valid(current, id, "1", m.body(), signature)).isFalse();

        Message later = Messages.compose(d, overlapping, NOW.plusSeconds(61));
        assertThat(later.headers().get("webhook-signature").split(" ")).hasSize(1);
        assertThat(later.headers().get("webhook-id")).isEqualTo(id);
    }

    @Test
    void addsThePagerDutyRoutingKeyOnlyWhenSending() {
        assertThat(Messages.withRoutingKey("{\"event_action\":\"resolve\"}", "K\"1"))
                .isEqualTo("{\"routing_key\":\"K\\\"1\",\"event_action\":\"resolve\"}");
        assertThat(Messages.withRoutingKey("{}", "K")).isEqualTo("{\"routing_key\":\"K\"}");
    }

    @Test
    void derivesOneDeliveryIdPerEventAndSubscriptionAndItsWebhookId() {
        UUID event = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        assertThat(NewDelivery.idFor(event, sub)).isEqualTo(NewDelivery.idFor(event, sub));
        assertThat(NewDelivery.idFor(event, sub))
                .isNotEqualTo(NewDelivery.idFor(event, UUID.randomUUID()));
        UUID id = NewDelivery.idFor(event, sub);
        assertThat(WebhookIds.parse(WebhookIds.of(id))).contains(id);
        assertThat(WebhookIds.parse("msg_xyz")).isEmpty();
    }

    private static ClaimedDelivery claimed(int step) {
        return new ClaimedDelivery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Channel.WEBHOOK,
                true,
                NOW,
                DeliveryKind.EVENT,
                "pipeline.lag_high",
                "{\"type\":\"pipeline.lag_high\"}",
                step,
                step,
                UUID.randomUUID(),
                NOW);
    }
}
