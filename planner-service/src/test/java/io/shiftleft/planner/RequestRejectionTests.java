package io.shiftleft.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad requests are rejected with a reason, and nothing is planned or deployed for them. */
class RequestRejectionTests extends PlannerTestSupport {

    @Test
    void rejectsAKafkaRequestForAnUnknownTable() throws Exception {
        DeploymentEvent answer = sendAndAwait("dev", b -> b.setTables(List.of("nope_table")));

        assertThat(answer.getType()).isEqualTo(DeploymentEventType.REQUEST_REJECTED);
        assertThat(answer.getDetail())
                .contains("unknown table")
                .contains("nope_table")
                .contains("dev");
        assertNothingPlanned(answer.getRequestId());
    }

    @Test
    void rejectsAKafkaRequestForAnUnknownEnvironment() throws Exception {
        DeploymentEvent answer =
                sendAndAwait("moon", b -> b.setTables(List.of("src_customers_customers")));

        assertThat(answer.getType()).isEqualTo(DeploymentEventType.REQUEST_REJECTED);
        assertThat(answer.getDetail()).contains("unknown environment 'moon'").contains("dev");
        assertNothingPlanned(answer.getRequestId());
    }

    @Test
    void rejectsAKafkaRequestWithContradictoryFlags() throws Exception {
        DeploymentEvent dmlOnlyProduct =
                sendAndAwait("dev", b -> b.setProduct("orders").setDmlOnly(true));
        DeploymentEvent noParallelism =
                sendAndAwait("dev", b -> b.setTables(List.of("raw_customers")).setMaxParallel(0));

        assertThat(dmlOnlyProduct.getType()).isEqualTo(DeploymentEventType.REQUEST_REJECTED);
        assertThat(dmlOnlyProduct.getDetail()).contains("dmlOnly").contains("'tables' is empty");
        assertThat(noParallelism.getDetail()).contains("maxParallel").contains("at least 1");
        assertNothingPlanned(dmlOnlyProduct.getRequestId());
        assertNothingPlanned(noParallelism.getRequestId());
    }

    @Test
    void rejectsBadRestRequestsWithProblemDetails() {
        HttpResponse<String> unknown =
                post(
                        "/api/v1/deployments",
                        "{\"environment\":\"dev\",\"tables\":[\"nope_table\"]}");
        HttpResponse<String> contradictory =
                post(
                        "/api/v1/deployments",
                        "{\"environment\":\"dev\",\"product\":\"orders\",\"dmlOnly\":true}");
        HttpResponse<String> malformed = post("/api/v1/deployments", "{\"environment\":");
        HttpResponse<String> noPlan = fetch("/api/v1/plans/no-such-plan");
        HttpResponse<String> noRequest = fetch("/api/v1/requests/no-such-request");

        assertProblem(unknown, 400, "UNKNOWN_TABLE", "nope_table");
        assertProblem(contradictory, 400, "INVALID_REQUEST", "dmlOnly");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertProblem(noPlan, 404, "NOT_FOUND", "no-such-plan");
        assertProblem(noRequest, 404, "NOT_FOUND", "no-such-request");
    }

    @Test
    void rejectsAnUndeployOfAnUnknownProductOverRest() {
        HttpResponse<String> response =
                post(
                        "/api/v1/undeployments",
                        "{\"environment\":\"dev\",\"product\":\"no_product\"}");

        assertProblem(response, 400, "UNKNOWN_TABLE", "no_product");
    }

    private DeploymentEvent sendAndAwait(String env, Consumer<DeployRequest.Builder> scope)
            throws Exception {
        DeployRequest.Builder builder =
                DeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(newRequestId())
                        .setEnvironment(env);
        scope.accept(builder);
        DeployRequest request = builder.build();
        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), env, request)).get();
        return events.answerTo(request.getRequestId(), WAIT);
    }

    private void assertNothingPlanned(String requestId) {
        assertThat(
                        jdbc.sql("select count(*) from planner.plan where request_id = ?")
                                .param(requestId)
                                .query(Long.class)
                                .single())
                .isZero();
        assertThat(
                        jdbc.sql(
                                        "select accepted from planner.deploy_request where"
                                                + " request_id = ?")
                                .param(requestId)
                                .query(Boolean.class)
                                .single())
                .isFalse();
    }

    private static void assertProblem(
            HttpResponse<String> response, int status, String reason, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("reason").asString()).isEqualTo(reason);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }
}
