package io.shiftleft.localstack;

import static io.shiftleft.localstack.ExamplePipelineIT.last;
import static io.shiftleft.localstack.ExamplePipelineIT.tablesWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests on the test stack beyond the happy path: a DML that Flink refuses (environment {@code
 * e2e}, the small project under {@code src/test/resources/e2e-project}), bad requests, and a
 * request published by a plain Kafka producer.
 */
class RequestsIT {

    private static final String E2E = "e2e";
    private static final Duration PLAN_TIMEOUT = Duration.ofMinutes(3);

    private static StackClient stack;

    @BeforeAll
    static void connect() {
        stack = new StackClient();
    }

    @AfterAll
    static void close() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aDmlWithAnErrorFailsThePlanNamingTheStatementAndNoDescendantStarts() throws Exception {
        String requestId = stack.send(StackClient.request(E2E, "int_e2e_after_broken").build());
        String planId = stack.answer(requestId).getPlanId();
        List<DeploymentEvent> events = stack.untilEnd(planId, PLAN_TIMEOUT);
        DeploymentEvent failed =
                events.stream()
                        .filter(e -> e.getType().name().equals("STEP_FAILED"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no STEP_FAILED in " + events));

        assertThat(last(events)).isEqualTo("DEPLOYMENT_FAILED");
        assertThat(failed.getTableName()).isEqualTo("src_e2e_broken");
        assertThat(failed.getSeverity().name()).isEqualTo("ERROR");
        assertThat(failed.getDetail())
                .contains("RUN_DML FAILED")
                .contains("e2e-usw2-e2e-dml-src-e2e-broken")
                .contains("amount_in_cents");
        assertThat(tablesWith(events, "STEP_STARTED")).doesNotContain("int_e2e_after_broken");
        assertThat(events.get(events.size() - 1).getDetail()).contains("not started: 1");
        assertThat(stack.jobs().keySet())
                .noneMatch(name -> name.contains("after-broken"))
                .noneMatch(name -> name.contains("src-e2e-broken"));
    }

    @Test
    void badRequestsAreRejectedWithTheirReasonAndNothingIsDeployed() throws Exception {
        Map<String, String> before = stack.aliveJobs();

        DeploymentEvent unknown =
                stack.answer(stack.send(StackClient.request("local", "no_such_table").build()));
        DeploymentEvent contradictory =
                stack.answer(
                        stack.send(
                                StackClient.request("local")
                                        .setProduct("orders")
                                        .setDmlOnly(true)
                                        .build()));
        HttpResponse<String> rest =
                stack.postJson(
                        StackClient.PLANNER + "/api/v1/deployments",
                        "{\"environment\":\"local\",\"tables\":[\"no_such_table\"]}");
        HttpResponse<String> malformed =
                stack.postJson(StackClient.PLANNER + "/api/v1/deployments", "{\"environment\":");
        String garbageKey = "e2e-garbage-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> dead = deadLetterOf(garbageKey);

        assertThat(unknown.getType().name()).isEqualTo("REQUEST_REJECTED");
        assertThat(unknown.getDetail()).contains("no_such_table");
        assertThat(contradictory.getType().name()).isEqualTo("REQUEST_REJECTED");
        assertThat(contradictory.getDetail()).containsIgnoringCase("dml");
        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(rest.headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        JsonNode problem = StackClient.JSON.readTree(rest.body());
        assertThat(problem.path("reason").asText()).isEqualTo("UNKNOWN_TABLE");
        assertThat(problem.path("detail").asText()).contains("no_such_table");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"status\":400");
        assertThat(
                        new String(
                                dead.headers().lastHeader("shiftleft-error").value(),
                                StandardCharsets.UTF_8))
                .contains("magic byte");
        assertThat(stack.eventsOf(unknown.getPlanId() == null ? "none" : unknown.getPlanId()))
                .noneMatch(e -> e.getType().name().equals("PLAN_CREATED"));
        assertThat(stack.aliveJobs()).as("no job started or stopped").isEqualTo(before);
    }

    @Test
    void aDeployRequestFromAPlainKafkaProducerIsPlannedAndExecuted() throws Exception {
        String requestId =
                stack.send(StackClient.request(E2E, "raw_e2e_events").setMaxParallel(1).build());
        DeploymentEvent answer = stack.answer(requestId);
        List<DeploymentEvent> events = stack.untilEnd(answer.getPlanId(), PLAN_TIMEOUT);
        JsonNode step = stack.plan(answer.getPlanId()).path("steps").get(0);

        assertThat(answer.getType().name()).as(answer.getDetail()).isEqualTo("REQUEST_ACCEPTED");
        assertThat(last(events)).isEqualTo("DEPLOYMENT_SUCCEEDED");
        assertThat(tablesWith(events, "STEP_SUCCEEDED")).containsExactly("raw_e2e_events");
        assertThat(step.path("commands").get(0).path("action").asText()).isEqualTo("RUN_DDL");
        assertThat(step.path("state").asText()).isEqualTo("SUCCEEDED");
    }

    /** Sends bytes that are not Avro and reads them back from the dead-letter topic. */
    private static ConsumerRecord<String, byte[]> deadLetterOf(String key) throws Exception {
        String dlq = Topics.deadLetterOf(StackClient.TOPICS.deployRequests());
        Map<String, Object> config =
                Map.of(
                        "bootstrap.servers",
                        StackClient.KAFKA,
                        "group.id",
                        "e2e-" + UUID.randomUUID(),
                        "enable.auto.commit",
                        "false");
        try (KafkaConsumer<String, byte[]> consumer =
                        new KafkaConsumer<>(
                                config, new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer =
                        new KafkaProducer<>(
                                Map.of("bootstrap.servers", StackClient.KAFKA),
                                new StringSerializer(),
                                new ByteArraySerializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(dlq).stream()
                            .map(p -> new TopicPartition(dlq, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            producer.send(
                            new ProducerRecord<>(
                                    StackClient.TOPICS.deployRequests(),
                                    key,
                                    "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("the malformed record " + key + " never reached " + dlq);
    }
}
