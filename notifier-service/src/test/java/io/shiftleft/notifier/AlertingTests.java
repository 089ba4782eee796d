package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.notifier.testing.NotifierApi;
import io.shiftleft.notifier.testing.TestEvents;
import io.shiftleft.notifier.testing.WebhookReceiver;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Alert channels on real parts, with the test's clock driving group timing: Slack gets one grouped
 * message after the group wait, duplicates are dropped, resolutions follow after the group interval
 * and still-firing groups repeat; PagerDuty triggers and resolves per alert; Teams gets a card;
 * email goes through a real SMTP server; planned deployments and API silences mute alerts.
 */
class AlertingTests extends NotifierStack {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofMillis(400);

    @Test
    void groupsAlertsForSlackAfterTheGroupWaitDropsRepeatsAndNotifiesResolutions()
            throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode sub = subscribe(chat("slack", "/slack", env, ""));
        var a = TestEvents.alert(env, true, "HighLag", "orders", Severity.WARNING);
        publish(
                TOPICS.pipelineEvents(),
                "orders",
                a,
                TestEvents.alert(env, true, "HighLag", "orders", Severity.WARNING));
        publish(
                TOPICS.pipelineEvents(),
                "payments",
                TestEvents.alert(env, true, "HighLag", "payments", Severity.CRITICAL));

        await().atMost(WAIT).until(() -> alertsOf(sub).size() == 2);
        await().during(QUIET).atMost(WAIT).until(() -> receiver.requests("/slack").isEmpty());
        CLOCK.advance(Duration.ofSeconds(31));
        await().atMost(WAIT).until(() -> receiver.requests("/slack").size() == 1);
        JsonNode first = json(receiver.requests("/slack").get(0));
        assertThat(first.get("text").asString())
                .isEqualTo("[FIRING:2] HighLag (environment=" + env + ")");
        assertThat(first.get("blocks").get(0).get("type").asString()).isEqualTo("header");
        assertThat(first.toString())
                .contains("dml-orders", "dml-payments", "*Firing*")
                .doesNotContain("*Resolved*");

        publish(
                TOPICS.pipelineEvents(),
                "orders",
                TestEvents.alert(env, true, "HighLag", "orders", Severity.WARNING));
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));
        await().during(QUIET).atMost(WAIT).until(() -> receiver.requests("/slack").size() == 1);

        publish(
                TOPICS.pipelineEvents(),
                "orders",
                TestEvents.alert(env, false, "HighLag", "orders", Severity.INFO));
        // The group interval since the last notification has passed: the resolution goes at once.
        await().atMost(WAIT).until(() -> receiver.requests("/slack").size() == 2);
        JsonNode second = json(receiver.requests("/slack").get(1));
        assertThat(second.get("text").asString()).startsWith("[FIRING:1] HighLag");
        assertThat(second.toString()).contains("*Resolved*");
        assertThat(blockText(second, "*Resolved*")).contains("dml-orders");
        assertThat(blockText(second, "*Firing*"))
                .contains("dml-payments")
                .doesNotContain("dml-orders");

        CLOCK.advance(Duration.ofHours(4).plusSeconds(1));
        await().atMost(WAIT).until(() -> receiver.requests("/slack").size() == 3);
        assertThat(json(receiver.requests("/slack").get(2)).get("text").asString())
                .startsWith("[FIRING:1] HighLag");
    }

    @Test
    void triggersAndResolvesPagerDutyIncidentsKeyedByTheStatement() throws Exception {
        String env = "env-" + UUID.randomUUID();
        JsonNode sub =
                subscribe(
                        "{\"url\": \""
                                + receiver.url("/pd")
                                + "\", \"channel\": \"pagerduty\","
                                + " \"routing_key\": \"R0UTINGKEY\", \"environments\": [\""
                                + env
                                + "\"]}");
        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(
                        env, PipelineEventType.STATEMENT_FAILED, Severity.CRITICAL, "t"));
        await().atMost(WAIT).until(() -> alertsOf(sub).size() == 1);
        CLOCK.advance(Duration.ofSeconds(31));
        await().atMost(WAIT).until(() -> receiver.requests("/pd").size() == 1);
        JsonNode trigger = json(receiver.requests("/pd").get(0));
        String key = "statement_unhealthy/" + env + "/dev-usw2-shop-dml-t";
        assertThat(trigger.get("routing_key").asString()).isEqualTo("R0UTINGKEY");
        assertThat(trigger.get("event_action").asString()).isEqualTo("trigger");
        assertThat(trigger.get("dedup_key").asString()).isEqualTo(key);
        assertThat(trigger.get("payload").get("severity").asString()).isEqualTo("critical");
        assertThat(trigger.get("payload").get("component").asString())
                .isEqualTo("dev-usw2-shop-dml-t");
        String deliveryId = deliveries(sub.get("id").asString()).get(0).get("id").asString();
        assertThat(delivery(deliveryId).get("payload").asString()).doesNotContain("R0UTINGKEY");

        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.pipeline(
                        env, PipelineEventType.STATEMENT_RECOVERED, Severity.INFO, "t"));
        await().atMost(WAIT)
                .until(() -> alertsOf(sub).get(0).get("status").asString().equals("RESOLVED"));
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));
        await().atMost(WAIT).until(() -> receiver.requests("/pd").size() == 2);
        JsonNode resolve = json(receiver.requests("/pd").get(1));
        assertThat(resolve.get("event_action").asString()).isEqualTo("resolve");
        assertThat(resolve.get("dedup_key").asString()).isEqualTo(key);
        await().atMost(WAIT).until(() -> alertsOf(sub).isEmpty());
    }

    @Test
    void sendsATeamsCardAndAnEmailThroughARealSmtpServer() throws Exception {
        String env = "env-" + UUID.randomUUID();
        subscribe(
                chat(
                        "teams",
                        "/teams",
                        env,
                        ", \"group_wait\": \"2s\", \"min_severity\": \"info\""));
        subscribe(
                "{\"url\": \"mailto:oncall@shiftleft.test\", \"channel\": \"email\", \"environments\": [\""
                        + env
                        + "\"], \"group_wait\": \"2s\"}");
        publish(
                TOPICS.deploymentEvents(),
                "p1",
                TestEvents.deployment(
                        env, DeploymentEventType.DEPLOYMENT_STARTED, "p1", List.of("orders")));
        await().atMost(WAIT).until(() -> receiver.requests("/teams").size() == 1);
        JsonNode notice = json(receiver.requests("/teams").get(0));
        assertThat(notice.get("attachments").get(0).get("contentType").asString())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(notice.toString()).contains("DEPLOYMENT_STARTED in " + env);

        publish(
                TOPICS.deploymentEvents(),
                "p1",
                TestEvents.deployment(
                        env, DeploymentEventType.DEPLOYMENT_FAILED, "p1", List.of("orders")));
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT count(*) FROM alert WHERE labels_json LIKE ?",
                                                Integer.class,
                                                "%" + env + "%")
                                        == 2);
        CLOCK.advance(Duration.ofSeconds(3));
        await().atMost(WAIT).until(() -> receiver.requests("/teams").size() == 2);
        JsonNode card =
                json(receiver.requests("/teams").get(1)).get("attachments").get(0).get("content");
        assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("body").get(0).get("text").asString())
                .startsWith("[FIRING:1] deployment_failed");

        await().atMost(WAIT).until(() -> mailTo("oncall@shiftleft.test").size() == 1);
        MimeMessage mail = mailTo("oncall@shiftleft.test").get(0);
        assertThat(mail.getSubject()).startsWith("[FIRING:1] deployment_failed");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("notifier@shiftleft.test");
        assertThat(((String) mail.getContent())).contains("Firing:", "DEPLOYMENT_FAILED", env);
    }

    @Test
    void silencesAlertsOnTheTablesOfAPlannedDeploymentUntilItEnds() throws Exception {
        String env = "env-" + UUID.randomUUID();
        subscribe(chat("slack", "/quiet", env, ", \"group_by\": [\"environment\"]"));
        publish(
                TOPICS.deploymentEvents(),
                "p2",
                TestEvents.deployment(
                        env, DeploymentEventType.DEPLOYMENT_STARTED, "p2", List.of("a")));
        await().atMost(WAIT)
                .until(
                        () ->
                                silences().stream()
                                        .anyMatch(
                                                s ->
                                                        s.get("deployment")
                                                                .asString()
                                                                .equals(env + "/p2")));
        publish(
                TOPICS.pipelineEvents(),
                "a",
                TestEvents.pipeline(env, PipelineEventType.STATEMENT_FAILED, Severity.ERROR, "a"));
        publish(
                TOPICS.pipelineEvents(),
                "b",
                TestEvents.pipeline(env, PipelineEventType.STATEMENT_FAILED, Severity.ERROR, "b"));
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT count(*) FROM alert WHERE labels_json LIKE ?",
                                                Integer.class,
                                                "%" + env + "%")
                                        == 2);

        CLOCK.advance(Duration.ofSeconds(31));
        await().atMost(WAIT).until(() -> receiver.requests("/quiet").size() == 1);
        JsonNode first = json(receiver.requests("/quiet").get(0));
        assertThat(first.get("text").asString()).startsWith("[FIRING:1]");
        assertThat(first.toString()).contains("dml-b").doesNotContain("dml-a");

        publish(
                TOPICS.deploymentEvents(),
                "p2",
                TestEvents.deployment(
                        env, DeploymentEventType.DEPLOYMENT_SUCCEEDED, "p2", List.of("a")));
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT count(*) FROM silence WHERE deployment_key = ?"
                                                        + " AND ends_at < starts_at + INTERVAL '1 hour'",
                                                Integer.class,
                                                env + "/p2")
                                        == 1);
        CLOCK.advance(Duration.ofMinutes(6));
        await().atMost(WAIT).until(() -> receiver.requests("/quiet").size() == 2);
        assertThat(json(receiver.requests("/quiet").get(1)).toString()).contains("dml-a");
    }

    @Test
    void muteMatchingAlertsWithASilenceFromTheApiUntilItIsExpired() throws Exception {
        String env = "env-" + UUID.randomUUID();
        NotifierApi.Answer bad =
                api.post(
                        "/api/v1/silences",
                        "{\"matchers\": [{\"name\": \"alertname\", \"value\": \"(\", \"is_regex\": true}], \"duration\": \"1h\", \"created_by\": \"ana\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("matchers");
        assertThat(
                        api.post(
                                        "/api/v1/silences",
                                        "{\"matchers\": [], \"duration\": \"1h\", \"created_by\": \"ana\"}")
                                .json()
                                .get("field")
                                .asString())
                .isEqualTo("matchers");
        NotifierApi.Answer made =
                api.post(
                        "/api/v1/silences",
                        "{\"matchers\": [{\"name\": \"alertname\", \"value\": \"Noisy\"},"
                                + " {\"name\": \"environment\", \"value\": \""
                                + env
                                + "\"}], \"duration\": \"1h\", \"created_by\": \"ana\", \"comment\": \"known\"}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().get("state").asString()).isEqualTo("active");
        JsonNode sub = subscribe(chat("slack", "/muted", env, ""));

        publish(
                TOPICS.pipelineEvents(),
                "t",
                TestEvents.alert(env, true, "Noisy", "t", Severity.ERROR));
        await().atMost(WAIT)
                .until(
                        () ->
                                alertsOf(sub).size() == 1
                                        && alertsOf(sub).get(0).get("silenced").asBoolean());
        CLOCK.advance(Duration.ofSeconds(31));
        await().during(QUIET).atMost(WAIT).until(() -> receiver.requests("/muted").isEmpty());

        JsonNode expired =
                api.delete("/api/v1/silences/" + made.json().get("id").asString()).json();
        assertThat(expired.get("state").asString()).isEqualTo("expired");
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));
        await().atMost(WAIT).until(() -> receiver.requests("/muted").size() == 1);
        assertThat(json(receiver.requests("/muted").get(0)).get("text").asString())
                .startsWith("[FIRING:1] Noisy");
    }

    private static String chat(String channel, String path, String env, String extra) {
        return "{\"url\": \""
                + receiver.url(path)
                + "\", \"channel\": \""
                + channel
                + "\", \"environments\": [\""
                + env
                + "\"]"
                + extra
                + "}";
    }

    private List<JsonNode> alertsOf(JsonNode sub) {
        String id = sub.get("id").asString();
        return StreamSupport.stream(api.get("/api/v1/alerts").json().spliterator(), false)
                .filter(a -> a.get("subscription_id").asString().equals(id))
                .toList();
    }

    private List<JsonNode> silences() {
        return StreamSupport.stream(
                        api.get("/api/v1/silences?expired=true").json().spliterator(), false)
                .toList();
    }

    private static List<MimeMessage> mailTo(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return m.getAllRecipients()[0].toString().equals(address);
                            } catch (jakarta.mail.MessagingException e) {
                                return false;
                            }
                        })
                .toList();
    }

    private static String blockText(JsonNode message, String heading) {
        for (JsonNode block : message.get("blocks")) {
            if (block.has("text") && block.get("text").get("text").asString().startsWith(heading)) {
                return block.get("text").get("text").asString();
            }
        }
        return "";
    }

    private static JsonNode json(WebhookReceiver.Request r) {
        return NotifierApi.json(r.body());
    }
}
