package io.shiftleft.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.FakeDeployer;
import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.schemas.avro.UndeployRequest;
import io.shiftleft.support.testing.TestKafkaClients;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Planning against what runs: a dry run changes nothing, an edited file is planned at once, the
 * monitor's statement states decide what is deployed, and undeploys go children first.
 */
class PlanningTests extends PlannerTestSupport {

    private static final List<String> ORDERS_BRANCH =
            List.of(
                    "raw_web_orders",
                    "raw_store_orders",
                    "src_orders_web_orders",
                    "src_orders_store_orders",
                    "int_orders_all_orders",
                    "int_orders_orders_eur",
                    "orders_fct_revenue_per_minute",
                    "orders_fct_order_details");

    @Test
    void previewsAPlanAndChangesNothing() {
        awaitNoRunningPlan();
        Map<String, Long> before = counts();
        int commandsBefore = deployer.total();

        HttpResponse<String> response =
                post(
                        "/api/v1/plans",
                        "{\"environment\":\"dev\",\"tables\":[\"orders_fct_order_details\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = JSON.readTree(response.body());
        assertThat(preview.get("summary").asString()).contains("14 steps").contains("13 acting");
        JsonNode fact = step(preview, "orders_fct_order_details");
        assertThat(fact.get("kind").asString()).isEqualTo("RESTART");
        assertThat(fact.get("commands").get(1).get("sql").asString()).contains("INSERT INTO");
        assertThat(preview.get("executionPlan").get("nodes")).hasSize(14);
        assertThat(counts()).isEqualTo(before);
        settled(deployer::total, java.time.Duration.ofMillis(300));
        assertThat(deployer.total()).isEqualTo(commandsBefore);
    }

    @Test
    void plansTheProjectAsItsFilesAreNow() throws IOException {
        String body = "{\"environment\":\"dev\",\"tables\":[\"src_customers_addresses\"]}";
        JsonNode before = JSON.readTree(post("/api/v1/plans", body).body());
        Path dml =
                PROJECT.resolve(
                        "pipelines/sources/customers/src_addresses/sql-scripts/"
                                + "dml.src_customers_addresses.sql");
        Files.writeString(dml, "\n-- edited by PlanningTests\n", StandardOpenOption.APPEND);

        JsonNode after = JSON.readTree(post("/api/v1/plans", body).body());

        JsonNode oldDml = step(before, "src_customers_addresses").get("commands").get(1);
        JsonNode newDml = step(after, "src_customers_addresses").get("commands").get(1);
        assertThat(newDml.get("sql").asString()).contains("-- edited by PlanningTests");
        assertThat(newDml.get("sqlHash").asString()).isNotEqualTo(oldDml.get("sqlHash").asString());
    }

    @Test
    void plansAndRunsADeployRequestFromAPlainKafkaProducerAgainstWhatRuns() throws Exception {
        for (String t : List.of("src_orders_web_orders", "src_orders_store_orders")) {
            reportStatus("qa", dml("qa", "orders", t), StatementPhase.RUNNING);
        }
        for (String t : List.of("raw_web_orders", "raw_store_orders")) {
            reportStatus("qa", ddl("qa", "orders", t), StatementPhase.COMPLETED);
        }
        DeployRequest request =
                DeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(newRequestId())
                        .setEnvironment("qa")
                        .setTables(List.of("int_orders_all_orders"))
                        .build();

        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "qa", request)).get();

        DeploymentEvent accepted = events.answerTo(request.getRequestId(), WAIT);
        assertThat(accepted.getType()).isEqualTo(DeploymentEventType.REQUEST_ACCEPTED);
        String planId = accepted.getPlanId();
        events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
        assertThat(events.typesOf(planId))
                .containsExactly(
                        DeploymentEventType.PLAN_CREATED,
                        DeploymentEventType.DEPLOYMENT_STARTED,
                        DeploymentEventType.STEP_STARTED,
                        DeploymentEventType.STEP_SUCCEEDED,
                        DeploymentEventType.DEPLOYMENT_SUCCEEDED);
        assertThat(deployer.commands(planId))
                .extracting(r -> r.command().getTableName() + " " + r.command().getAction())
                .containsExactly("int_orders_all_orders RUN_DDL", "int_orders_all_orders RUN_DML");
        JsonNode plan = plan(planId);
        assertThat(step(plan, "src_orders_web_orders").get("kind").asString())
                .isEqualTo("KEEP_RUNNING");
        assertThat(step(plan, "raw_web_orders").get("state").asString()).isEqualTo("SKIPPED");
    }

    @Test
    void undeploysATableAndWhatItFeedsChildrenFirst() throws Exception {
        for (String t : ORDERS_BRANCH) {
            boolean seed = t.startsWith("raw_");
            reportStatus(
                    "qa",
                    seed ? ddl("qa", "orders", t) : dml("qa", "orders", t),
                    seed ? StatementPhase.COMPLETED : StatementPhase.RUNNING);
        }
        UndeployRequest request =
                UndeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(newRequestId())
                        .setEnvironment("qa")
                        .setTables(List.of("int_orders_orders_eur"))
                        .build();

        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "qa", request)).get();

        String planId = events.answerTo(request.getRequestId(), WAIT).getPlanId();
        events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
        List<FakeDeployer.Received> commands = deployer.commands(planId);
        assertThat(commands)
                .extracting(r -> r.command().getTableName())
                .containsOnly(
                        "int_orders_orders_eur",
                        "orders_fct_revenue_per_minute",
                        "orders_fct_order_details");
        long parentFirst =
                commands.stream()
                        .filter(r -> r.command().getTableName().equals("int_orders_orders_eur"))
                        .mapToLong(FakeDeployer.Received::seq)
                        .min()
                        .orElseThrow();
        assertThat(commands)
                .filteredOn(r -> !r.command().getTableName().equals("int_orders_orders_eur"))
                .allSatisfy(
                        r ->
                                assertThat(deployer.answeredAt(r.command().getCommandId()))
                                        .isLessThan(parentFirst));
        assertThat(commands)
                .filteredOn(r -> r.command().getTableName().equals("int_orders_orders_eur"))
                .extracting(r -> r.command().getAction() + " " + r.command().getStatementName())
                .containsExactly(
                        StepAction.DELETE + " " + dml("qa", "orders", "int_orders_orders_eur"),
                        StepAction.DELETE + " " + ddl("qa", "orders", "int_orders_orders_eur"),
                        StepAction.DROP_TABLE + " " + ddl("qa", "orders", "int_orders_orders_eur"));
        JsonNode plan = plan(planId);
        assertThat(plan.get("kind").asString()).isEqualTo("UNDEPLOY");
        assertThat(step(plan, "int_orders_orders_eur").get("wave").asInt()).isEqualTo(1);
    }

    @Test
    void forgetsAStatementWhenTheMonitorPublishesItsTombstone() throws Exception {
        String statement = dml("qa", "customers", "src_customers_addresses");
        reportStatus("qa", statement, StatementPhase.RUNNING);

        try (KafkaProducer<String, byte[]> raw = TestKafkaClients.rawProducer(brokers)) {
            raw.send(new ProducerRecord<>(TOPICS.statementStatus(), statement, null)).get();
        }

        eventually(
                () ->
                        jdbc.sql(
                                                "select count(*) from planner.statement_status"
                                                        + " where statement_name = ?")
                                        .param(statement)
                                        .query(Long.class)
                                        .single()
                                == 0,
                "the planner to forget " + statement);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "plan", count("planner.plan"),
                "deploy_request", count("planner.deploy_request"),
                "outbox_message", count("planner.outbox_message"),
                "command_emission", count("planner.command_emission"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
