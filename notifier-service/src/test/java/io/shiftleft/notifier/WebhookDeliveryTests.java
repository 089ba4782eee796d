package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.notifier.delivery.DeliveryKind;
import io.shiftleft.notifier.delivery.DeliveryQueue;
import io.shiftleft.notifier.delivery.DeliveryWorker;
import io.shiftleft.notifier.delivery.NewDelivery;
import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionStore;
import io.shiftleft.notifier.testing.TestEvents;
import io.shiftleft.notifier.testing.WebhookReceiver;
import io.shiftleft.notifier.testing.WebhookReceiver.Answer;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Generic webhooks on real parts: events from Kafka reach a real receiver signed, once per event;
 * failures are retried on the schedule (driven by the test's clock), 429 waits for Retry-After, 410
 * and days of failures disable the endpoint with an event, dead letters can be replayed, and
 * secrets rotate with two signatures.
 */
class WebhookDeliveryTests extends NotifierStack {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired Inbox inbox;
    @Autowired DeliveryQueue queue;
    @Autowired DeliveryWorker worker;
    @Autowired SubscriptionStore subscriptions;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void deliversEveryEventOfBothTopicsOnceSignedWithTheSubscriptionsSecret() throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode sub = webhook("/signed", env);
        String secret = sub.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        PipelineEvent failed =
                TestEvents.pipeline(
                        env, PipelineEventType.STATEMENT_FAILED, Severity.CRITICAL, "fct_orders");

        publish(TOPICS.pipelineEvents(), "fct_orders", failed, failed);
        publish(
                TOPICS.deploymentEvents(),
                "plan-1",
                TestEvents.deployment(
                        env,
                        DeploymentEventType.DEPLOYMENT_SUCCEEDED,
                        "plan-1",
                        List.of("fct_orders")));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(receiver.requests("/signed")).hasSize(2));
        await().during(Duration.ofMillis(500))
                .atMost(WAIT)
                .until(() -> receiver.requests("/signed").size() == 2);
        List<WebhookReceiver.Request> got = receiver.requests("/signed");
        assertThat(got).allMatch(r -> r.signedWith(secret));
        assertThat(got).allMatch(r -> r.header("webhook-id").matches("msg_[0-9a-f]{32}"));
        long clockSeconds = CLOCK.instant().getEpochSecond();
        assertThat(got)
                .extracting(r -> Long.parseLong(r.header("webhook-timestamp")))
                .allMatch(t -> Math.abs(t - clockSeconds) < 5);
        assertThat(got)
                .extracting(r -> json(r).get("type").asString())
                .containsExactlyInAnyOrder(
                        "pipeline.statement_failed", "deployment.deployment_succeeded");
        JsonNode statement =
                got.stream()
                        .map(WebhookDeliveryTests::json)
                        .filter(j -> j.get("type").asString().startsWith("pipeline"))
                        .findFirst()
                        .orElseThrow();
        assertThat(statement.get("data").get("event_id").asString())
                .isEqualTo(failed.getEventId().toString());
        assertThat(statement.get("data").get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(statement.get("data").get("table_name").asString()).isEqualTo("fct_orders");
        assertThat(
                        got.get(0)
                                .signedWith(
                                        "whsec_"
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(new byte[32])))
                .isFalse();

        await().atMost(WAIT)
                .untilAsserted(
                        () -> {
                            JsonNode log = deliveries(sub.get("id").asString());
                            assertThat(log.size()).isEqualTo(2);
                            for (JsonNode d : log) {
                                assertThat(d.get("status").asString()).isEqualTo("SUCCEEDED");
                                assertThat(d.get("attempts").asInt()).isEqualTo(1);
                                assertThat(d.get("last_status_code").asInt()).isEqualTo(200);
                                assertThat(d.get("last_latency_ms").asInt()).isBetween(0, 3000);
                            }
                        });
        assertThat(
                        api.get("/api/v1/subscriptions/" + sub.get("id").asString())
                                .json()
                                .has("secret"))
                .isFalse();
    }

    @Test
    void aDeliveryHandedOverInATransactionThatRollsBackIsNeitherSentNorKeptAndFreesItsSlot()
            throws Exception {
        String env = "env-" + UUID.randomUUID();
        String subId = webhook("/handover", env).get("id").asString();
        Subscription subscription = subscriptions.find(UUID.fromString(subId)).orElseThrow();
        NewDelivery delivery =
                new NewDelivery(
                        UUID.randomUUID(),
                        subscription.id(),
                        UUID.randomUUID(),
                        DeliveryKind.EVENT,
                        "pipeline.statement_failed",
                        "{\"type\": \"pipeline.statement_failed\"}",
                        CLOCK.instant());
        await().atMost(WAIT).until(() -> worker.inFlight() == 0); // earlier tests' sends done
        int idle = 0;
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);

        transactions.executeWithoutResult(
                tx -> {
                    assertThat(queue.enqueue(List.of(delivery), List.of(subscription)))
                            .isEqualTo(1);
                    assertThat(worker.inFlight()).as("a slot reserved").isEqualTo(idle + 1);
                    tx.setRollbackOnly();
                });

        assertThat(worker.inFlight()).as("the slot given back").isEqualTo(idle);
        await().during(Duration.ofSeconds(1))
                .atMost(WAIT)
                .until(() -> receiver.requests("/handover").isEmpty());
        assertThat(deliveries(subId).size()).isZero();

        transactions.executeWithoutResult(
                tx -> queue.enqueue(List.of(delivery), List.of(subscription)));

        await().atMost(WAIT).until(() -> receiver.requests("/handover").size() == 1);
        await().atMost(WAIT).until(() -> worker.inFlight() == idle);
        assertThat(deliveries(subId).size()).isEqualTo(1);
    }

    @Test
    void retriesAFailedDeliveryAfterTheScheduledDelayWithTheSameWebhookId() throws Exception {
        String env = "env-" + UUID.randomUUID();
        receiver.script("/flaky", Answer.status(500));
        JsonNode sub = webhook("/flaky", env);
        String secret = sub.get("secret").asString();

        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t"));

        JsonNode first = awaitDelivery(sub, 1, "PENDING");
        Instant attempted = Instant.parse(first.get("last_attempt_at").asString());
        Instant next = Instant.parse(first.get("next_attempt_at").asString());
        assertThat(Duration.between(attempted, next))
                .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6));

        CLOCK.advanceTo(next.minusMillis(300));
        await().during(Duration.ofMillis(400))
                .atMost(WAIT)
                .until(() -> receiver.requests("/flaky").size() == 1);
        CLOCK.advanceTo(next);
        await().atMost(WAIT).until(() -> receiver.requests("/flaky").size() == 2);

        List<WebhookReceiver.Request> got = receiver.requests("/flaky");
        assertThat(got.get(1).header("webhook-id")).isEqualTo(got.get(0).header("webhook-id"));
        assertThat(Long.parseLong(got.get(1).header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(got.get(0).header("webhook-timestamp")) + 4);
        assertThat(got).allMatch(r -> r.signedWith(secret));
        JsonNode done = awaitDelivery(sub, 2, "SUCCEEDED");
        JsonNode attempts = delivery(done.get("id").asString()).get("attempts");
        assertThat(attempts.get(0).get("status_code").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(attempts.get(1).get("status_code").asInt()).isEqualTo(200);
        assertThat(attempts.get(1).get("outcome").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void followsTheWholeScheduleToADeadLetterThatCanBeReplayed() throws Exception {
        String env = "env-" + UUID.randomUUID();
        for (int i = 0; i < 8; i++) {
            receiver.script("/down", Answer.status(503));
        }
        JsonNode sub = webhook("/down", env);
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(
                        env, PipelineEventType.STATEMENT_DEGRADED, Severity.WARNING, "t"));

        List<Duration> schedule =
                List.of(
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10));
        for (int i = 0; i < schedule.size(); i++) {
            JsonNode d = awaitDelivery(sub, i + 1, "PENDING");
            Duration gap =
                    Duration.between(
                            Instant.parse(d.get("last_attempt_at").asString()),
                            Instant.parse(d.get("next_attempt_at").asString()));
            Duration base = schedule.get(i);
            assertThat(gap)
                    .as("delay after attempt %d", i + 1)
                    .isBetween(
                            base.multipliedBy(8).dividedBy(10),
                            base.multipliedBy(12).dividedBy(10));
            CLOCK.advanceTo(Instant.parse(d.get("next_attempt_at").asString()));
        }
        JsonNode dead = awaitDelivery(sub, 8, "DEAD");
        assertThat(dead.get("last_error").asString()).contains("503").contains("no attempt left");
        assertThat(receiver.requests("/down")).hasSize(8);
        JsonNode letters =
                api.get("/api/v1/dead-letters?subscription_id=" + sub.get("id").asString()).json();
        assertThat(letters.get("deliveries").get(0).get("id").asString())
                .isEqualTo(dead.get("id").asString());

        var replayed =
                api.post("/api/v1/deliveries/" + dead.get("webhook_id").asString() + "/replay", "");
        assertThat(replayed.status()).isEqualTo(202);
        JsonNode done = awaitDelivery(sub, 9, "SUCCEEDED");
        assertThat(done.get("replays").asInt()).isEqualTo(1);
        assertThat(receiver.requests("/down").get(8).header("webhook-id"))
                .isEqualTo(dead.get("webhook_id").asString());
    }

    @Test
    void waitsAsLongAsRetryAfterAsksOnTooManyRequests() throws Exception {
        String env = "env-" + UUID.randomUUID();
        receiver.script("/busy", new Answer(429, "120", 0));
        JsonNode sub = webhook("/busy", env);
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t"));

        JsonNode d = awaitDelivery(sub, 1, "PENDING");
        Duration gap =
                Duration.between(
                        Instant.parse(d.get("last_attempt_at").asString()),
                        Instant.parse(d.get("next_attempt_at").asString()));
        assertThat(gap).isEqualTo(Duration.ofSeconds(120));
        assertThat(
                        delivery(d.get("id").asString())
                                .get("attempts")
                                .get(0)
                                .get("outcome")
                                .asString())
                .isEqualTo("THROTTLED");
        CLOCK.advance(gap);
        awaitDelivery(sub, 2, "SUCCEEDED");
    }

    @Test
    void disablesAnEndpointThatAnswersGoneAndTellsSubscribersOfTheNotifiersEvents()
            throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode watcher =
                subscribe(
                        "{\"url\": \""
                                + receiver.url("/watcher")
                                + "\", \"channel\": \"webhook\","
                                + " \"event_types\": [\"notifier.endpoint_disabled\"]}");
        receiver.script("/gone", Answer.status(410));
        JsonNode gone = webhook("/gone", env);
        String goneId = gone.get("id").asString();
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.STATEMENT_FAILED, Severity.ERROR, "t"));

        JsonNode dead = awaitDelivery(gone, 1, "DEAD");
        assertThat(dead.get("last_error").asString()).contains("410");
        JsonNode now = api.get("/api/v1/subscriptions/" + goneId).json();
        assertThat(now.get("enabled").asBoolean()).isFalse();
        assertThat(now.get("disabled_reason").asString()).contains("410 Gone");
        await().atMost(WAIT)
                .until(
                        () ->
                                !receiver.requests(
                                                r ->
                                                        r.path().equals("/watcher")
                                                                && r.body().contains(goneId))
                                        .isEmpty());
        WebhookReceiver.Request told =
                receiver.requests(r -> r.path().equals("/watcher") && r.body().contains(goneId))
                        .get(0);
        assertThat(json(told).get("type").asString()).isEqualTo("notifier.endpoint_disabled");
        assertThat(told.signedWith(watcher.get("secret").asString())).isTrue();
    }

    @Test
    void disablesAnEndpointThatKeepsFailingForTheConfiguredDays() throws Exception {
        String env = "env-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            receiver.script("/failing", Answer.status(500));
        }
        JsonNode sub = webhook("/failing", env);
        String id = sub.get("id").asString();
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t"));

        JsonNode first = awaitDelivery(sub, 1, "PENDING");
        await().atMost(WAIT)
                .until(() -> api.get("/api/v1/subscriptions/" + id).json().has("failing_since"));
        assertThat(api.get("/api/v1/subscriptions/" + id).json().get("enabled").asBoolean())
                .isTrue();
        CLOCK.advanceTo(
                Instant.parse(first.get("last_attempt_at").asString())
                        .plus(Duration.ofDays(5))
                        .plusSeconds(60));

        await().atMost(WAIT)
                .until(
                        () ->
                                !api.get("/api/v1/subscriptions/" + id)
                                        .json()
                                        .get("enabled")
                                        .asBoolean());
        assertThat(api.get("/api/v1/subscriptions/" + id).json().get("disabled_reason").asString())
                .contains("failing since");
    }

    @Test
    void signsWithBothSecretsWhileARotationOverlapsThenWithTheNewOne() throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode sub = webhook("/rotating", env);
        String old = sub.get("secret").asString();
        JsonNode rotated =
                api.post("/api/v1/subscriptions/" + sub.get("id").asString() + "/secret/rotate", "")
                        .json();
        String fresh = rotated.get("secret").asString();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);

        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t"));
        await().atMost(WAIT).until(() -> receiver.requests("/rotating").size() == 1);
        WebhookReceiver.Request during = receiver.requests("/rotating").get(0);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(during.signedWith(old)).isTrue();
        assertThat(during.signedWith(fresh)).isTrue();

        CLOCK.advanceTo(
                Instant.parse(rotated.get("previous_secret_expires_at").asString()).plusSeconds(1));
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_RECOVERED, Severity.INFO, "t"));
        await().atMost(WAIT).until(() -> receiver.requests("/rotating").size() == 2);
        WebhookReceiver.Request after = receiver.requests("/rotating").get(1);
        assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(after.signedWith(fresh)).isTrue();
        assertThat(after.signedWith(old)).isFalse();
    }

    @Test
    void replaysARangeWithTheEventsMissedWhileTheSubscriptionWasDisabled() throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode sub = webhook("/replayed", env);
        String id = sub.get("id").asString();
        assertThat(api.patch("/api/v1/subscriptions/" + id, "{\"enabled\": false}").status())
                .isEqualTo(200);
        Instant since = CLOCK.instant().minusSeconds(1);
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "a"),
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "b"),
                TestEvents.pipeline(env, PipelineEventType.LAG_HIGH, Severity.WARNING, "c"));
        await().atMost(WAIT).until(() -> inbox.recent(env, 10).size() == 3);
        assertThat(receiver.requests("/replayed")).isEmpty();

        assertThat(
                        api.patch("/api/v1/subscriptions/" + id, "{\"enabled\": true}")
                                .json()
                                .get("enabled")
                                .asBoolean())
                .isTrue();
        var answer =
                api.post(
                        "/api/v1/subscriptions/" + id + "/replay",
                        "{\"since\": \"" + since + "\"}");
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("created").asInt()).isEqualTo(3);

        await().atMost(WAIT).until(() -> receiver.requests("/replayed").size() == 3);
        assertThat(receiver.requests("/replayed"))
                .extracting(r -> json(r).get("data").get("table_name").asString())
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(receiver.requests("/replayed"))
                .allMatch(r -> r.signedWith(sub.get("secret").asString()));
    }

    private JsonNode awaitDelivery(JsonNode sub, int attempts, String status) {
        String id = sub.get("id").asString();
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT)
                .until(
                        () -> {
                            JsonNode log = deliveries(id);
                            if (log.size() != 1) {
                                return false;
                            }
                            found[0] = log.get(0);
                            return found[0].get("attempts").asInt() == attempts
                                    && found[0].get("status").asString().equals(status);
                        });
        return found[0];
    }

    private static JsonNode json(WebhookReceiver.Request r) {
        return io.shiftleft.notifier.testing.NotifierApi.json(r.body());
    }
}
