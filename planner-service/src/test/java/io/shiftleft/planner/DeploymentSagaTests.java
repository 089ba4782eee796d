package io.shiftleft.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.FakeDeployer;
import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.avro.StepAction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plans run as sagas against a fake deployer: parents first within the parallelism limit, a failure
 * blocks what depends on it (and, by policy, the rest), approval, cancel and resume.
 */
class DeploymentSagaTests extends PlannerTestSupport {

    private static final String FACT = "orders_fct_order_details";

    @Test
    void runsStepsParentsFirstWithinTheParallelismLimit() {
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"%s\"],\"maxParallel\":2}"
                                .formatted(requestId, FACT));

        int mostAtOnce = 0;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!events.typesOf(planId).contains(DeploymentEventType.DEPLOYMENT_SUCCEEDED)) {
            assertThat(Instant.now()).as("the plan to finish").isBefore(deadline);
            int held = settled(() -> deployer.held(planId).size(), Duration.ofMillis(300));
            assertThat(held).as("commands in flight").isLessThanOrEqualTo(2);
            mostAtOnce = Math.max(mostAtOnce, held);
            deployer.releaseAll(planId);
        }

        assertThat(mostAtOnce).as("the limit is reached: wave 0 has five steps").isEqualTo(2);
        JsonNode plan = plan(planId);
        assertThat(plan.get("status").asString()).isEqualTo("SUCCEEDED");
        assertEveryStepStartedAfterItsPrerequisitesSucceeded(plan, deployer.commands(planId));
        assertThat(step(plan, "fx_rates").get("state").asString()).isEqualTo("SKIPPED");
        assertThat(step(plan, FACT).get("state").asString()).isEqualTo("SUCCEEDED");

        List<DeploymentCommand> fact =
                deployer.commands(planId).stream()
                        .map(FakeDeployer.Received::command)
                        .filter(c -> c.getTableName().equals(FACT))
                        .toList();
        assertThat(fact)
                .extracting(DeploymentCommand::getAction)
                .containsExactly(StepAction.RUN_DDL, StepAction.RUN_DML);
        assertThat(fact.get(0).getDropTable()).isTrue();
        assertThat(fact.get(0).getSql()).contains("CREATE TABLE");
        assertThat(fact.get(1).getSql()).contains("INSERT INTO");
        assertThat(fact.get(1).getSqlHash()).hasSize(64);
        assertThat(fact.get(1).getProperties())
                .containsEntry("table.exec.state.ttl", "1 h")
                .containsEntry("sql.current-catalog", "default_catalog");
        assertThat(fact.get(1).getStatementName()).isEqualTo(dml("dev", "orders", FACT));
        assertThat(deployer.commands(planId))
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.command().getStatementName()))
                .extracting(r -> r.command().getCommandId())
                .doesNotHaveDuplicates();
        assertThat(
                        deployer.commands(planId).stream()
                                .filter(r -> r.command().getTableName().equals("raw_customers")))
                .extracting(r -> r.command().getAction())
                .containsExactly(StepAction.RUN_DDL);

        List<DeploymentEventType> types = events.typesOf(planId);
        assertThat(types)
                .startsWith(
                        DeploymentEventType.PLAN_CREATED, DeploymentEventType.DEPLOYMENT_STARTED);
        assertThat(types).endsWith(DeploymentEventType.DEPLOYMENT_SUCCEEDED);
        assertThat(types.stream().filter(t -> t == DeploymentEventType.STEP_SUCCEEDED)).hasSize(13);

        assertThat(getJson("/api/v1/plans/" + planId + "/steps")).hasSize(14);
        assertThat(plan.get("executionPlan").get("nodes")).hasSize(14);
        JsonNode history = getJson("/api/v1/tables/" + FACT + "/history?environment=dev");
        assertThat(history.findValuesAsString("planId")).contains(planId);
        JsonNode request = getJson("/api/v1/requests/" + requestId);
        assertThat(request.get("planId").asString()).isEqualTo(planId);
        assertThat(request.get("accepted").asBoolean()).isTrue();
    }

    @Test
    void stopsWhatDependsOnAFailedStepAndFinishesIndependentBranches() {
        String failing = dml("dev", "customers", "src_customers_customers");
        deployer.failOn(failing);
        String planId =
                deploy(
                        "{\"environment\":\"dev\",\"tables\":[\"%s\"],\"maxParallel\":4}"
                                .formatted(FACT));

        events.await(planId, DeploymentEventType.DEPLOYMENT_FAILED, WAIT);

        JsonNode plan = plan(planId);
        assertThat(plan.get("status").asString()).isEqualTo("FAILED");
        assertThat(step(plan, "src_customers_customers").get("state").asString())
                .isEqualTo("FAILED");
        assertThat(step(plan, "src_customers_customers").get("detail").asString())
                .contains("RUN_DML FAILED")
                .contains("the fake deployer failed it");
        assertThat(step(plan, "customers_dim_customers").get("state").asString())
                .isEqualTo("BLOCKED");
        assertThat(step(plan, FACT).get("state").asString()).isEqualTo("BLOCKED");
        assertThat(step(plan, "int_orders_orders_eur").get("state").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(step(plan, "src_customers_addresses").get("state").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(deployer.commands(planId))
                .extracting(r -> r.command().getTableName())
                .doesNotContain("customers_dim_customers", FACT);
        assertThat(events.ofPlan(planId))
                .filteredOn(e -> e.getType() == DeploymentEventType.STEP_FAILED)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.getTableName()).isEqualTo("src_customers_customers");
                            assertThat(e.getSeverity()).isEqualTo(Severity.ERROR);
                            assertThat(e.getAction()).isEqualTo(StepAction.RUN_DML);
                        });
    }

    @Test
    void resumesAFailedPlanFromTheFailedCommand() {
        String failing = dml("dev", "customers", "src_customers_customers");
        deployer.failOn(failing);
        String planId =
                deploy("{\"environment\":\"dev\",\"tables\":[\"customers_dim_customers\"]}");
        events.await(planId, DeploymentEventType.DEPLOYMENT_FAILED, WAIT);
        deployer.reset();
        int sentBefore = deployer.commands(planId).size();

        HttpResponse<String> resumed = post("/api/v1/plans/" + planId + "/resume?by=bob", "");

        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
        JsonNode plan = plan(planId);
        assertThat(plan.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(plan.get("runs").asInt()).isEqualTo(2);
        assertThat(step(plan, "src_customers_customers").get("attempt").asInt()).isEqualTo(2);
        List<DeploymentCommand> again =
                deployer
                        .commands(planId)
                        .subList(sentBefore, deployer.commands(planId).size())
                        .stream()
                        .map(FakeDeployer.Received::command)
                        .toList();
        assertThat(again)
                .extracting(c -> c.getTableName() + " " + c.getAction() + " " + c.getAttempt())
                .containsExactly(
                        "src_customers_customers RUN_DML 2",
                        "customers_dim_customers RUN_DDL 1",
                        "customers_dim_customers RUN_DML 1");
        assertThat(post("/api/v1/plans/" + planId + "/resume", "").statusCode()).isEqualTo(409);
    }

    @Test
    void waitsForApprovalAndStopsEverythingAfterAFailureUnderStopAll() {
        deployer.failOn(dml("stage", "customers", "src_customers_customers"));
        String planId = deploy("{\"environment\":\"stage\",\"tables\":[\"%s\"]}".formatted(FACT));
        events.await(planId, DeploymentEventType.PLAN_CREATED, WAIT);

        assertThat(plan(planId).get("status").asString()).isEqualTo("WAITING_APPROVAL");
        assertThat(step(plan(planId), "raw_customers").get("state").asString())
                .isEqualTo("WAITING_APPROVAL");
        settled(deployer::total, Duration.ofMillis(500));
        assertThat(deployer.commands(planId)).isEmpty();

        HttpResponse<String> approved = post("/api/v1/plans/" + planId + "/approve?by=alice", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        events.await(planId, DeploymentEventType.DEPLOYMENT_FAILED, WAIT);

        JsonNode plan = plan(planId);
        assertThat(events.typesOf(planId))
                .startsWith(
                        DeploymentEventType.PLAN_CREATED,
                        DeploymentEventType.PLAN_APPROVED,
                        DeploymentEventType.DEPLOYMENT_STARTED);
        assertThat(step(plan, "src_customers_customers").get("state").asString())
                .isEqualTo("FAILED");
        JsonNode independent = step(plan, "int_orders_orders_eur");
        assertThat(independent.get("state").asString()).isEqualTo("BLOCKED");
        assertThat(independent.get("detail").asString()).contains("stop-all");
        assertThat(post("/api/v1/plans/" + planId + "/approve", "").statusCode()).isEqualTo(409);
    }

    @Test
    void cancelsARunningPlanAndSendsNothingAfterwards() {
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"%s\"]}"
                                .formatted(requestId, FACT));
        eventually(() -> deployer.held(planId).size() == 4, "the four seeds in flight");
        deployer.releaseAll(planId);
        eventually(() -> deployer.held(planId).size() == 4, "four DDLs of sources in flight");
        List<String> inFlight =
                deployer.held(planId).stream().map(r -> r.command().getTableName()).toList();

        HttpResponse<String> cancelled = post("/api/v1/plans/" + planId + "/cancel?by=carol", "");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        events.await(planId, DeploymentEventType.DEPLOYMENT_CANCELLED, WAIT);
        deployer.releaseAll(planId);
        eventually(
                () ->
                        jdbc.sql(
                                                "select count(*) from planner.command_emission"
                                                        + " where plan_id = ? and outcome is null")
                                        .param(planId)
                                        .query(Long.class)
                                        .single()
                                == 0,
                "the results of the commands in flight");
        settled(() -> deployer.commands(planId).size(), Duration.ofMillis(500));
        assertThat(deployer.commands(planId)).hasSize(8);
        JsonNode plan = plan(planId);
        assertThat(plan.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(step(plan, "raw_customers").get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(step(plan, FACT).get("state").asString()).isEqualTo("CANCELLED");
        for (String table : inFlight) {
            assertThat(step(plan, table).get("state").asString()).isEqualTo("CANCELLED");
            assertThat(step(plan, table).get("detail").asString())
                    .isEqualTo("cancelled before RUN_DML");
        }
        assertThat(post("/api/v1/plans/" + planId + "/cancel", "").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/plans/" + planId + "/resume", "").statusCode()).isEqualTo(409);
    }

    private static void assertEveryStepStartedAfterItsPrerequisitesSucceeded(
            JsonNode plan, List<FakeDeployer.Received> commands) {
        Map<Integer, String> tables = new HashMap<>();
        plan.get("steps")
                .forEach(s -> tables.put(s.get("index").asInt(), s.get("tableName").asString()));
        for (JsonNode s : plan.get("steps")) {
            String table = s.get("tableName").asString();
            long firstReceived =
                    commands.stream()
                            .filter(r -> r.command().getTableName().equals(table))
                            .mapToLong(FakeDeployer.Received::seq)
                            .min()
                            .orElse(Long.MAX_VALUE);
            for (JsonNode dep : s.get("dependsOn")) {
                String parent = tables.get(dep.asInt());
                long lastAnswered =
                        commands.stream()
                                .filter(r -> r.command().getTableName().equals(parent))
                                .mapToLong(r -> deployer.answeredAt(r.command().getCommandId()))
                                .max()
                                .orElseThrow();
                assertThat(lastAnswered)
                        .as("%s is answered before %s starts", parent, table)
                        .isLessThan(firstReceived);
            }
        }
    }
}
