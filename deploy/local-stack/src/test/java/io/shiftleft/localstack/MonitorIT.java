package io.shiftleft.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The monitor of the test stack (poll interval 2 s, the launcher's default) watching the example
 * project: a job cancelled by hand on Flink is announced once within two cycles and shows in {@code
 * GET /api/v1/statements/{name}}; a restarted monitor announces nothing again; the planner learns
 * from the monitor's statement-status that the statement stopped, so a new deploy request starts it
 * again, which the monitor reports as an ordinary change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitorIT {

    private static final String ENV = "local";
    private static final String TABLE = "src_customers_addresses";
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PLAN_TIMEOUT = Duration.ofMinutes(5);
    private static final String MONITOR =
            System.getProperty("shiftleft.it.monitor", "http://127.0.0.1:18092");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static StackClient stack;
    private static KafkaConsumer<String, Object> pipelineEvents;
    private static final List<PipelineEvent> seen = new ArrayList<>();
    private static String statement;

    @BeforeAll
    static void start() throws Exception {
        assertThat(StackClient.launcher("local", "provision")).as("local provision").isZero();
        stack = new StackClient();
        AvroWireDeserializer reader = new AvroWireDeserializer();
        reader.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        StackClient.REGISTRY,
                        AvroSerdeConfig.SPECIFIC_AVRO_READER,
                        "true"),
                false);
        pipelineEvents =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                StackClient.KAFKA,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "e2e-monitor-" + UUID.randomUUID(),
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                "false"),
                        new StringDeserializer(),
                        reader);
        List<TopicPartition> partitions =
                pipelineEvents
                        .partitionsFor(StackClient.TOPICS.pipelineEvents(), Duration.ofSeconds(30))
                        .stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
        pipelineEvents.assign(partitions);
        pipelineEvents.seekToEnd(partitions);
        partitions.forEach(pipelineEvents::position);
    }

    @AfterAll
    static void close() {
        if (pipelineEvents != null) {
            pipelineEvents.close(Duration.ofSeconds(5));
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aJobCancelledByHandIsAnnouncedOnceWithinTwoCyclesAndShownByTheApi() throws Exception {
        statement = deployAndAwaitRunning();
        String jobId = stack.aliveJobs().get(statement);
        assertThat(jobId).as("the job of " + statement).isNotNull();

        Instant cancelled = Instant.now();
        HttpResponse<String> cancel =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                StackClient.FLINK_REST
                                                        + "/jobs/"
                                                        + jobId
                                                        + "?mode=cancel"))
                                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
        PipelineEvent stopped =
                await(
                        e ->
                                statement.equals(e.getStatementName())
                                        && (e.getType() == PipelineEventType.STATEMENT_FAILED
                                                || "STOPPED".equals(phase(e))),
                        Duration.ofSeconds(60));
        Duration latency = Duration.between(cancelled, Instant.now());
        Thread.sleep(3 * POLL.toMillis());

        System.out.printf("Cancel by hand to %s: %d ms%n", stopped.getType(), latency.toMillis());
        // Two cycles, plus the time a cycle and Kafka take on a loaded 2-core machine.
        assertThat(latency).isLessThanOrEqualTo(POLL.multipliedBy(2).plusSeconds(3));
        assertThat(stopped.getEnvironment()).isEqualTo(ENV);
        assertThat(stopped.getTableName()).isEqualTo(TABLE);
        assertThat(stopped.getPreviousPhase()).hasToString("RUNNING");
        assertThat(stopped.getAttributes()).containsEntry("unplanned", "true");
        assertThat(eventsOf(statement)).containsOnlyOnce(stopped);
        JsonNode view = statementView();
        assertThat(view.path("name").asText()).isEqualTo(statement);
        assertThat(view.path("phase").asText()).isIn("STOPPED", "FAILED");
        assertThat(view.path("table_name").asText()).isEqualTo(TABLE);
        assertThat(view.path("observed_at").asText()).isNotBlank();
    }

    @Test
    @Order(2)
    void aRestartedMonitorAnnouncesNothingAgain() throws Exception {
        int before = eventsOf(statement).size();
        assertThat(before).isPositive();

        assertThat(StackClient.launcher("local", "restart", "monitor")).isZero();
        Thread.sleep(4 * POLL.toMillis());

        assertThat(eventsOf(statement)).as("events after the restart").hasSize(before);
        assertThat(statementView().path("phase").asText()).isIn("STOPPED", "FAILED");
    }

    @Test
    @Order(3)
    void theStoppedStatementIsStartedAgainByTheNextDeploy() throws Exception {
        int before = eventsOf(statement).size();

        String again = deployAndAwaitRunning();

        assertThat(again).isEqualTo(statement);
        PipelineEvent running =
                eventsOf(statement).subList(before, eventsOf(statement).size()).stream()
                        .filter(e -> "RUNNING".equals(phase(e)))
                        .findFirst()
                        .orElseThrow();
        assertThat(running.getSeverity()).hasToString("INFO");
        assertThat(running.getAttributes()).doesNotContainKey("unplanned");
    }

    /** Deploys the table, then waits for the monitor to see its DML statement RUNNING. */
    private static String deployAndAwaitRunning() throws Exception {
        String requestId = stack.send(StackClient.request(ENV, TABLE).build());
        DeploymentEvent answer = stack.answer(requestId);
        assertThat(answer.getType().name()).as(answer.getDetail()).isEqualTo("REQUEST_ACCEPTED");
        List<DeploymentEvent> events = stack.untilEnd(answer.getPlanId(), PLAN_TIMEOUT);
        assertThat(events.get(events.size() - 1).getType().name())
                .as(events.toString())
                .isEqualTo("DEPLOYMENT_SUCCEEDED");
        String name = null;
        for (JsonNode step : stack.plan(answer.getPlanId()).path("steps")) {
            if (step.path("tableName").asText().equals(TABLE)) {
                name = step.path("dmlStatementName").asText();
            }
        }
        assertThat(name).as("the DML statement of " + TABLE).isNotBlank();
        Instant deadline = Instant.now().plusSeconds(60);
        String dml = name;
        while (true) {
            HttpResponse<String> r =
                    send(HttpRequest.newBuilder(URI.create(MONITOR + "/api/v1/statements/" + dml)));
            if (r.statusCode() == 200
                    && StackClient.JSON
                            .readTree(r.body())
                            .path("phase")
                            .asText()
                            .equals("RUNNING")) {
                return dml;
            }
            assertThat(Instant.now()).as(dml + " RUNNING in the monitor").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static JsonNode statementView() throws Exception {
        HttpResponse<String> r =
                send(
                        HttpRequest.newBuilder(
                                URI.create(MONITOR + "/api/v1/statements/" + statement)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return StackClient.JSON.readTree(r.body());
    }

    private static PipelineEvent await(Predicate<PipelineEvent> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int checked = 0;
        while (Instant.now().isBefore(deadline)) {
            read();
            for (; checked < seen.size(); checked++) {
                if (match.test(seen.get(checked))) {
                    return seen.get(checked);
                }
            }
        }
        throw new AssertionError("No matching pipeline event within " + timeout + "; got " + seen);
    }

    private static List<PipelineEvent> eventsOf(String name) {
        read();
        return seen.stream().filter(e -> name.equals(e.getStatementName())).toList();
    }

    private static void read() {
        pipelineEvents
                .poll(Duration.ofMillis(200))
                .forEach(
                        r -> {
                            if (r.value() instanceof PipelineEvent e) {
                                seen.add(e);
                            }
                        });
    }

    private static String phase(PipelineEvent e) {
        return e.getPhase() == null ? null : e.getPhase().name();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
