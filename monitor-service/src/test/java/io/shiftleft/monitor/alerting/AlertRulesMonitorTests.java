package io.shiftleft.monitor.alerting;

import static io.shiftleft.monitor.alerting.AlertStack.ENV;
import static io.shiftleft.monitor.alerting.AlertStack.POLL;
import static io.shiftleft.monitor.alerting.AlertStack.WAIT;
import static io.shiftleft.monitor.alerting.AlertStack.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.monitor.PipelineEvents;
import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alert rules in the running monitor, on the fake Confluent Cloud (phases, lag and pool usage under
 * the test's control), a real Kafka broker, schema registry and PostgreSQL: rules from the file and
 * the API, each alert firing and resolving once on {@code pipeline-events}, hysteresis on lag and
 * pool usage, a deployment step (on {@code deployment-events}) holding alerts on its table back,
 * and a restart that neither fires again nor forgets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertRulesMonitorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static AlertStack stack;
    private static PipelineEvents events;
    private static RuleApi api;

    @BeforeAll
    static void start() throws Exception {
        stack =
                AlertStack.start(
                        """
                        rules:
                          - name: statement-failed
                            environment: alr
                            condition: {phase: FAILED}
                            keep_firing_for: 0s
                            severity: ERROR
                            labels: {team: data}
                            summary: "{{statement}} ({{table}}) is {{phase}}"
                          - name: lagging
                            condition: {lag_above: 1000, resolve_below: 100}
                            for: 1s
                            keep_firing_for: 0s
                          - name: pool-busy
                            condition: {pool_usage_above: 0.9, resolve_below: 0.8}
                            keep_firing_for: 0s
                            severity: CRITICAL
                          - name: stopped-long
                            condition: {phase: STOPPED}
                            for: 1h
                        """);
        events = stack.events;
        api = new RuleApi(stack.monitor());
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void listsTheFilesRulesReadOnlyAndKeepsTheRulesMadeThroughTheApi() throws Exception {
        JsonNode listed = JSON.readTree(api.call("GET", "", null, 200));
        String created =
                api.call(
                        "POST",
                        "",
                        """
                        {"name": "api-degraded", "statement": "alr-s-*",
                         "condition": {"phase": ["DEGRADED"]}, "keep_firing_for": "0s",
                         "severity": "warning", "labels": {"owner": "api"}}""",
                        201);
        api.call(
                "POST", "", "{\"name\": \"scratch\", \"condition\": {\"phase\": \"FAILED\"}}", 201);
        String replaced =
                api.call(
                        "PUT",
                        "/scratch",
                        "{\"condition\": {\"lag_above\": 5}, \"for\": \"90s\"}",
                        200);

        assertThat(listed.size()).isEqualTo(4);
        assertThat(listed.get(0).path("name").asString()).isEqualTo("statement-failed");
        assertThat(listed.get(0).path("source").asString()).isEqualTo("file");
        assertThat(listed.get(0).path("read_only").asBoolean()).isTrue();
        assertThat(listed.get(0).path("condition").path("phase").get(0).asString())
                .isEqualTo("FAILED");
        assertThat(listed.get(0).path("keep_firing_for").asString()).isEqualTo("0s");
        assertThat(JSON.readTree(created).path("severity").asString()).isEqualTo("WARNING");
        assertThat(JSON.readTree(created).path("read_only").asBoolean()).isFalse();
        assertThat(JSON.readTree(created).path("created_at").asString()).isNotEmpty();
        assertThat(JSON.readTree(replaced).path("for").asString()).isEqualTo("1m30s");
        assertThat(JSON.readTree(replaced).path("condition").path("lag_above").asLong())
                .isEqualTo(5);
        assertThat(
                        JSON.readTree(api.call("GET", "/api-degraded", null, 200))
                                .path("labels")
                                .path("owner")
                                .asString())
                .isEqualTo("api");
        assertThat(JSON.readTree(api.call("GET", "", null, 200)).size()).isEqualTo(6);

        api.call("DELETE", "/scratch", null, 204);
        api.call("DELETE", "/scratch", null, 404);
        assertThat(JSON.readTree(api.call("GET", "", null, 200)).size()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void answersProblemsThatNameTheField() throws Exception {
        JsonNode invalid =
                JSON.readTree(
                        api.call(
                                "POST",
                                "",
                                "{\"name\": \"x\", \"condition\": {\"lag_above\": \"lots\"}}",
                                400));
        JsonNode taken =
                JSON.readTree(
                        api.call(
                                "POST",
                                "",
                                "{\"name\": \"statement-failed\", \"condition\": {\"phase\": \"FAILED\"}}",
                                409));
        JsonNode readOnly =
                JSON.readTree(
                        api.call(
                                "PUT",
                                "/lagging",
                                "{\"condition\": {\"lag_above\": 5}, \"name\": \"lagging\"}",
                                409));
        JsonNode renamed =
                JSON.readTree(
                        api.call(
                                "PUT",
                                "/api-degraded",
                                "{\"name\": \"other\", \"condition\": {\"phase\": \"FAILED\"}}",
                                400));
        JsonNode notJson = JSON.readTree(api.call("POST", "", "{\"name\": ", 400));

        assertThat(invalid.path("type").asString())
                .isEqualTo("urn:shiftleft:problem:invalid-request");
        assertThat(invalid.path("field").asString()).isEqualTo("condition.lag_above");
        assertThat(invalid.path("detail").asString())
                .contains("condition.lag_above: must be a number, was 'lots'");
        assertThat(taken.path("type").asString()).isEqualTo("urn:shiftleft:problem:conflict");
        assertThat(taken.path("detail").asString()).contains("in the rules file");
        assertThat(readOnly.path("detail").asString()).contains("read-only");
        assertThat(renamed.path("field").asString()).isEqualTo("name");
        assertThat(notJson.path("detail").asString()).contains("not valid JSON");
        api.call("DELETE", "/statement-failed", null, 409);
        api.call(
                "PUT",
                "/nothing",
                "{\"name\": \"nothing\", \"condition\": {\"phase\": \"FAILED\"}}",
                404);
        stack.monitor().get("/api/v1/alerts?environment=elsewhere", 400);
    }

    @Test
    @Order(3)
    void firesAndResolvesAPhaseRuleOnceWithTheRulesAttributes() throws Exception {
        events.await(rule("pool-busy", PipelineEventType.ALERT_FIRING), WAIT);
        stack.fail(1);

        PipelineEvent fired =
                events.await(alert("statement-failed", 1, PipelineEventType.ALERT_FIRING), WAIT)
                        .event();
        JsonNode first = active("statement-failed", 1);
        JsonNode all = JSON.readTree(stack.monitor().get("/api/v1/alerts?environment=" + ENV, 200));
        String prometheus = stack.monitor().get("/actuator/prometheus", 200);
        stack.phase(1, null);
        PipelineEvent resolved =
                events.await(alert("statement-failed", 1, PipelineEventType.ALERT_RESOLVED), WAIT)
                        .event();
        Thread.sleep(POLL.multipliedBy(4).toMillis());

        assertThat(fired.getSeverity().name()).isEqualTo("ERROR");
        assertThat(fired.getTableName()).isEqualTo("t1");
        assertThat(fired.getProductName()).isEqualTo("shop");
        assertThat(fired.getDetail()).isEqualTo(name(1) + " (t1) is FAILED");
        assertThat(fired.getAttributes())
                .containsEntry("alert_rule", "statement-failed")
                .containsEntry("team", "data")
                .containsEntry("value", "FAILED")
                .containsEntry("threshold", "FAILED")
                .containsKey("alert_fingerprint");
        assertThat(resolved.getAttributes().get("alert_fingerprint"))
                .isEqualTo(fired.getAttributes().get("alert_fingerprint"));
        assertThat(events.matching(alert("statement-failed", 1, null))).hasSize(2);
        assertThat(all.get(0).path("rule").asString())
                .as("firing, then by severity: the pool's CRITICAL alert first")
                .isEqualTo("pool-busy");
        assertThat(first.path("rule").asString()).isEqualTo("statement-failed");
        assertThat(first.path("state").asString()).isEqualTo("firing");
        assertThat(first.path("statement_name").asString()).isEqualTo(name(1));
        assertThat(first.path("fingerprint").asString())
                .isEqualTo(fired.getAttributes().get("alert_fingerprint"));
        assertThat(first.path("summary").asString()).isEqualTo(name(1) + " (t1) is FAILED");
        assertThat(prometheus)
                .contains(
                        "shiftleft_monitor_alerts{rule=\"statement-failed\",severity=\"ERROR\",state=\"firing\"} 1.0");
        assertThat(stack.monitor().get("/api/v1/alerts?rule=statement-failed", 200))
                .isEqualTo("[]");
    }

    @Test
    @Order(4)
    void lagFiresAfterItsForAndResolvesOnlyBelowTheResolveThreshold() throws Exception {
        stack.lag(2, 5000);
        PipelineEvent fired =
                events.await(alert("lagging", 2, PipelineEventType.ALERT_FIRING), WAIT).event();
        stack.lag(2, 500);
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(events.matching(alert("lagging", 2, PipelineEventType.ALERT_RESOLVED)))
                .as("500 is below the fire threshold but not below the resolve threshold")
                .isEmpty();
        stack.lag(2, 50);
        PipelineEvent resolved =
                events.await(alert("lagging", 2, PipelineEventType.ALERT_RESOLVED), WAIT).event();

        assertThat(fired.getSeverity().name()).isEqualTo("WARNING");
        assertThat(fired.getAttributes())
                .containsEntry("value", "5000")
                .containsEntry("threshold", "1000");
        assertThat(resolved.getAttributes()).containsEntry("value", "50");
        assertThat(events.matching(alert("lagging", 2, null))).hasSize(2);
    }

    @Test
    @Order(5)
    void poolUsageFiresAboveTheRatioAndResolvesBelowTheResolveRatio() throws Exception {
        PipelineEvent fired =
                events.await(rule("pool-busy", PipelineEventType.ALERT_FIRING), WAIT).event();
        stack.poolMax(100);
        PipelineEvent resolved =
                events.await(rule("pool-busy", PipelineEventType.ALERT_RESOLVED), WAIT).event();

        assertThat(fired.getComputePoolId()).isEqualTo(stack.pool());
        assertThat(fired.getStatementName()).isNull();
        assertThat(fired.getSeverity().name()).isEqualTo("CRITICAL");
        assertThat(fired.getAttributes()).containsEntry("value", "0.92");
        assertThat(resolved.getAttributes()).containsEntry("value", "0.46");
        assertThat(events.matching(rule("pool-busy", null))).hasSize(2);
    }

    @Test
    @Order(6)
    void aDeploymentStepHoldsAlertsOnItsTableBackUntilItEnds() throws Exception {
        String plan = "plan-" + UUID.randomUUID();
        stack.deployment(plan, DeploymentEventType.STEP_STARTED, "t3");
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.monitor()
                                        .bean(ActivityTracker.class)
                                        .activeSteps(ENV)
                                        .containsKey("t3"));
        stack.fail(3);
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.monitor()
                                        .get("/api/v1/statements/" + name(3), 200)
                                        .contains("\"phase\":\"FAILED\""));
        Thread.sleep(Duration.ofSeconds(2).toMillis());

        assertThat(events.matching(alert("statement-failed", 3, null))).isEmpty();
        assertThat(stack.monitor().get("/api/v1/alerts", 200)).doesNotContain(name(3));

        Instant ended = Instant.now();
        stack.deployment(plan, DeploymentEventType.STEP_SUCCEEDED, "t3");
        PipelineEvent fired =
                events.await(alert("statement-failed", 3, PipelineEventType.ALERT_FIRING), WAIT)
                        .event();

        assertThat(Instant.parse(fired.getAttributes().get("alert_since")))
                .isAfter(ended.minusSeconds(1));
        assertThat(fired.getPlanId()).isNull();
    }

    @Test
    @Order(7)
    void aRestartNeitherFiresAgainNorForgetsPendingAndFiringAlertsAndKeepsTheApiRules()
            throws Exception {
        stack.phase(4, "DEGRADED");
        events.await(alert("api-degraded", 4, PipelineEventType.ALERT_FIRING), WAIT);
        stack.phase(5, "STOPPED");
        await().atMost(WAIT).until(() -> active("stopped-long", 5) != null);
        JsonNode pendingBefore = active("stopped-long", 5);
        JsonNode firingBefore = active("statement-failed", 3);
        int before = alertEvents().size();

        stack.restart();
        api = new RuleApi(stack.monitor());
        Thread.sleep(Duration.ofSeconds(4).toMillis());

        assertThat(alertEvents()).hasSize(before);
        assertThat(active("stopped-long", 5).path("state").asString()).isEqualTo("pending");
        assertThat(active("stopped-long", 5).path("since")).isEqualTo(pendingBefore.path("since"));
        assertThat(active("statement-failed", 3).path("fired_at"))
                .isEqualTo(firingBefore.path("fired_at"));
        assertThat(active("api-degraded", 4).path("state").asString()).isEqualTo("firing");
        assertThat(api.call("GET", "/api-degraded", null, 200)).contains("\"source\":\"api\"");

        stack.phase(3, null);
        events.await(alert("statement-failed", 3, PipelineEventType.ALERT_RESOLVED), WAIT);
        Thread.sleep(POLL.multipliedBy(4).toMillis());
        assertThat(alertEvents()).hasSize(before + 1);
    }

    // ---- helpers ----

    /** The active alert of the rule on statement i, or null. */
    private static JsonNode active(String rule, int i) throws Exception {
        for (JsonNode a : JSON.readTree(stack.monitor().get("/api/v1/alerts?rule=" + rule, 200))) {
            if (a.path("statement_name").asString().equals(name(i))) {
                return a;
            }
        }
        return null;
    }

    private static List<PipelineEvents.Received> alertEvents() {
        return events.matching(
                e -> e.getEnvironment().equals(ENV) && e.getType().name().startsWith("ALERT_"));
    }

    private static Predicate<PipelineEvent> alert(String rule, int i, PipelineEventType type) {
        return e -> rule(rule, type).test(e) && name(i).equals(e.getStatementName());
    }

    private static Predicate<PipelineEvent> rule(String rule, PipelineEventType type) {
        return e ->
                e.getEnvironment().equals(ENV)
                        && rule.equals(e.getAttributes().get("alert_rule"))
                        && (type == null
                                ? e.getType().name().startsWith("ALERT_")
                                : e.getType() == type);
    }
}
