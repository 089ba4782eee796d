package io.shiftleft.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftleft.schemas.avro.DeploymentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The example project ({@code examples/ecommerce}, environment {@code local}) deployed by the
 * services of the test stack to its Flink, with its feeders running: a sink table with its
 * ancestors, parents first, until records reach its topic; a plan that survives a killed deployer
 * without creating a statement twice; a stateful intermediate redeployed with its children and
 * nothing else.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamplePipelineIT {

    private static final String ENV = "local";
    private static final String SINK = "orders_fct_order_details";
    private static final String OTHER_SINK = "orders_fct_revenue_per_minute";
    private static final String INTERMEDIATE = "int_orders_orders_eur";
    private static final Duration PLAN_TIMEOUT = Duration.ofMinutes(5);

    private static StackClient stack;

    @BeforeAll
    static void feeders() throws Exception {
        assertThat(StackClient.launcher("local", "provision")).as("local provision").isZero();
        assertThat(StackClient.launcher("local", "provision")).as("provision again").isZero();
        stack = new StackClient();
        assertThat(stack.aliveJobs().keySet())
                .as("one feeder job, not two")
                .filteredOn(n -> n.startsWith("shift-left-provisioning-"))
                .hasSize(1);
    }

    @AfterAll
    static void close() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aSinkTableStartsItsAncestorsParentsFirstAndRecordsReachItsTopic() throws Exception {
        String requestId = stack.send(StackClient.request(ENV, SINK).build());
        DeploymentEvent answer = stack.answer(requestId);
        List<DeploymentEvent> events = stack.untilEnd(answer.getPlanId(), PLAN_TIMEOUT);
        JsonNode plan = stack.plan(answer.getPlanId());

        assertThat(answer.getType().name()).as(answer.getDetail()).isEqualTo("REQUEST_ACCEPTED");
        assertThat(last(events)).as(events.toString()).isEqualTo("DEPLOYMENT_SUCCEEDED");
        assertParentsFirst(plan);
        Set<String> started = tablesWith(events, "STEP_STARTED");
        assertThat(started)
                .contains(SINK, INTERMEDIATE, "customers_dim_customers", "src_orders_web_orders");
        Map<String, String> alive = stack.aliveJobs();
        for (JsonNode step : plan.path("steps")) {
            if (step.path("state").asText().equals("SUCCEEDED") && hasDml(step)) {
                assertThat(alive).containsKey(step.path("dmlStatementName").asText());
            }
        }
        awaitRecords(SINK, Duration.ofMinutes(3));
    }

    @Test
    @Order(2)
    void aPlanGoesOnAfterTheDeployerIsKilledAndNoStatementIsCreatedTwice() throws Exception {
        String requestId =
                stack.send(StackClient.request(ENV, OTHER_SINK).setForceAncestors(true).build());
        String planId = stack.answer(requestId).getPlanId();
        stack.await(planId, e -> e.getType().name().equals("STEP_SUCCEEDED"), PLAN_TIMEOUT);

        assertThat(StackClient.launcher("local", "kill", "deployer")).isZero();
        Thread.sleep(2000);
        assertThat(StackClient.launcher("local", "start", "deployer")).isZero();
        List<DeploymentEvent> events = stack.untilEnd(planId, PLAN_TIMEOUT);
        JsonNode plan = stack.plan(planId);

        assertThat(last(events)).as(events.toString()).isEqualTo("DEPLOYMENT_SUCCEEDED");
        Map<String, String> alive = stack.aliveJobs(); // fails on two live jobs of one name
        for (JsonNode step : plan.path("steps")) {
            if (hasDml(step) && !step.path("state").asText().equals("SKIPPED")) {
                String dml = step.path("dmlStatementName").asText();
                assertThat(alive).as(dml).containsKey(dml);
            }
        }
        assertThat(tablesWith(events, "STEP_SUCCEEDED")).contains(OTHER_SINK, INTERMEDIATE);
    }

    @Test
    @Order(3)
    void aStatefulIntermediateRedeployedRestartsItsChildrenAfterItAndNothingElse()
            throws Exception {
        Map<String, String> before = stack.aliveJobs();
        String requestId =
                stack.send(
                        StackClient.request(ENV, INTERMEDIATE)
                                .setMayStartDescendants(true)
                                .build());
        String planId = stack.answer(requestId).getPlanId();
        List<DeploymentEvent> events = stack.untilEnd(planId, PLAN_TIMEOUT);
        JsonNode plan = stack.plan(planId);
        Map<String, String> after = stack.aliveJobs();

        assertThat(last(events)).as(events.toString()).isEqualTo("DEPLOYMENT_SUCCEEDED");
        assertThat(tablesWith(events, "STEP_STARTED"))
                .containsExactlyInAnyOrder(INTERMEDIATE, SINK, OTHER_SINK);
        Instant intermediateDone = finished(plan, INTERMEDIATE);
        assertThat(started(plan, SINK)).isAfterOrEqualTo(intermediateDone);
        assertThat(started(plan, OTHER_SINK)).isAfterOrEqualTo(intermediateDone);
        Set<String> restarted =
                Set.of(dmlOf(plan, INTERMEDIATE), dmlOf(plan, SINK), dmlOf(plan, OTHER_SINK));
        for (String name : restarted) {
            assertThat(after.get(name))
                    .as(name + " runs as a new job")
                    .isNotNull()
                    .isNotEqualTo(before.get(name));
        }
        Map<String, String> untouchedBefore = new HashMap<>(before);
        untouchedBefore.keySet().removeAll(restarted);
        Map<String, String> untouchedAfter = new HashMap<>(after);
        untouchedAfter.keySet().removeAll(restarted);
        assertThat(untouchedAfter).as("every other job is the same job").isEqualTo(untouchedBefore);
        awaitRecords(SINK, Duration.ofMinutes(3));
    }

    /** Every acting step started after each acting step it depends on had finished. */
    private static void assertParentsFirst(JsonNode plan) {
        List<JsonNode> steps = new ArrayList<>();
        plan.path("steps").forEach(steps::add);
        for (JsonNode step : steps) {
            if (step.path("startedAt").isNull() || step.path("startedAt").isMissingNode()) {
                continue;
            }
            for (JsonNode dep : step.path("dependsOn")) {
                JsonNode parent = steps.get(dep.asInt());
                if (!parent.path("finishedAt").isNull()) {
                    assertThat(Instant.parse(step.path("startedAt").asText()))
                            .as(
                                    step.path("tableName").asText()
                                            + " after "
                                            + parent.path("tableName").asText())
                            .isAfterOrEqualTo(Instant.parse(parent.path("finishedAt").asText()));
                }
            }
        }
    }

    private static void awaitRecords(String topic, Duration timeout) throws InterruptedException {
        long start = stack.records(topic);
        Instant deadline = Instant.now().plus(timeout);
        while (stack.records(topic) <= start && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
        }
        assertThat(stack.records(topic))
                .as("records written to " + topic + " within " + timeout)
                .isGreaterThan(start);
    }

    private static boolean hasDml(JsonNode step) {
        for (JsonNode command : step.path("commands")) {
            if (command.path("action").asText().endsWith("DML")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode step(JsonNode plan, String table) {
        for (JsonNode step : plan.path("steps")) {
            if (step.path("tableName").asText().equals(table)) {
                return step;
            }
        }
        throw new AssertionError("No step for " + table + " in " + plan);
    }

    private static String dmlOf(JsonNode plan, String table) {
        return step(plan, table).path("dmlStatementName").asText();
    }

    private static Instant started(JsonNode plan, String table) {
        return Instant.parse(step(plan, table).path("startedAt").asText());
    }

    private static Instant finished(JsonNode plan, String table) {
        return Instant.parse(step(plan, table).path("finishedAt").asText());
    }

    static Set<String> tablesWith(List<DeploymentEvent> events, String type) {
        return events.stream()
                .filter(e -> e.getType().name().equals(type))
                .map(DeploymentEvent::getTableName)
                .collect(Collectors.toSet());
    }

    static String last(List<DeploymentEvent> events) {
        return events.isEmpty() ? "none" : events.get(events.size() - 1).getType().name();
    }
}
