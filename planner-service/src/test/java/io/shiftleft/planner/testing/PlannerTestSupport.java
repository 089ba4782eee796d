package io.shiftleft.planner.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planner on real parts with a project on disk (a copy of {@code examples/ecommerce}) and a
 * fake deployer answering its commands. Three environments read the same project: {@code dev}
 * (finish-independent, up to 4 steps at once), {@code stage} (approval required, stop-all, 2 at
 * once) and {@code qa} (like dev, for tests that publish statement states). Every subclass shares
 * one application context, broker, database, fake deployer and event log.
 */
public abstract class PlannerTestSupport extends ServiceContractTests {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Path PROJECT = copyOfTheExampleProject();

    protected static FakeDeployer deployer;
    protected static EventLog events;
    protected static KafkaProducer<String, Object> producer;

    @Autowired protected JdbcClient jdbc;

    @DynamicPropertySource
    static void plannerSettings(DynamicPropertyRegistry registry) {
        plannerProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    /** The planner's settings under test. */
    public static Map<String, String> plannerProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("planner.environments.dev.project-path", PROJECT.toString());
        p.put("planner.environments.dev.max-parallel", "4");
        p.put(
                "planner.environments.dev.statement-properties.sql.current-catalog",
                "default_catalog");
        p.put("planner.environments.stage.project-path", PROJECT.toString());
        p.put("planner.environments.stage.require-approval", "true");
        p.put("planner.environments.stage.failure-policy", "stop-all");
        p.put("planner.environments.stage.max-parallel", "2");
        p.put("planner.environments.qa.project-path", PROJECT.toString());
        return p;
    }

    @BeforeAll
    static synchronized void plannerClients() {
        if (deployer == null) {
            deployer = new FakeDeployer(brokers, TOPICS);
            events = new EventLog(brokers, TOPICS);
            producer = TestKafkaClients.avroProducer(brokers);
        }
        deployer.reset();
    }

    /** Leaves no command held and no rule behind for the next test. */
    @AfterEach
    void releaseHeldCommands() {
        deployer.releaseEverything();
    }

    /** The DML statement name of a table of the example project. */
    protected static String dml(String env, String product, String table) {
        return env + "-usw2-" + product + "-dml-" + table.replace('_', '-');
    }

    /** The DDL statement name of a table of the example project. */
    protected static String ddl(String env, String product, String table) {
        return env + "-usw2-" + product + "-ddl-" + table.replace('_', '-');
    }

    /** A request id no other test uses. */
    protected static String newRequestId() {
        return "req-" + UUID.randomUUID();
    }

    /** Publishes a statement's state as the monitor would, and waits until the planner has it. */
    protected void reportStatus(String env, String statement, StatementPhase phase) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StatementStatus status =
                StatementStatus.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(now)
                        .setEnvironment(env)
                        .setStatementName(statement)
                        .setPhase(phase)
                        .setObservedAt(now)
                        .build();
        try {
            producer.send(new ProducerRecord<>(TOPICS.statementStatus(), statement, status)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the status of " + statement, e);
        }
        eventually(
                () ->
                        jdbc.sql(
                                                "select count(*) from planner.statement_status where"
                                                        + " environment = ? and statement_name = ? and"
                                                        + " phase = ?")
                                        .params(env, statement, phase.name())
                                        .query(Long.class)
                                        .single()
                                == 1,
                "the planner to record " + statement + " as " + phase);
    }

    /** POSTs JSON to the planner. */
    protected HttpResponse<String> post(String path, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    /** GETs a path of the planner, whatever the status. */
    protected HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GETs a path of the planner, expects 200, and reads the JSON. */
    protected JsonNode getJson(String path) {
        HttpResponse<String> response = fetch(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** POSTs a deployment and returns the plan id of the 202 answer. */
    protected String deploy(String json) {
        HttpResponse<String> response = post("/api/v1/deployments", json);
        assertThat(response.statusCode())
                .as("POST /api/v1/deployments: %s", response.body())
                .isEqualTo(202);
        return JSON.readTree(response.body()).get("planId").asString();
    }

    /** The plan as the REST API shows it. */
    protected JsonNode plan(String planId) {
        return getJson("/api/v1/plans/" + planId);
    }

    /** The step of a table in a plan's JSON. */
    protected static JsonNode step(JsonNode plan, String table) {
        for (JsonNode s : plan.get("steps")) {
            if (s.get("tableName").asString().equals(table)) {
                return s;
            }
        }
        throw new AssertionError("no step for " + table + " in " + plan);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the planner has read (and committed) every record of a topic. */
    protected static void awaitConsumed(String topic) {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", brokers))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            long end =
                    admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                            .partitionResult(partition)
                            .get()
                            .offset();
            eventually(
                    () -> {
                        try {
                            OffsetAndMetadata committed =
                                    admin.listConsumerGroupOffsets("planner")
                                            .partitionsToOffsetAndMetadata()
                                            .get()
                                            .get(partition);
                            return committed != null && committed.offset() >= end;
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    "the planner to read " + topic + " up to offset " + end);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the offsets of " + topic, e);
        }
    }

    /** Waits until no plan runs any more (plans of earlier tests included). */
    protected void awaitNoRunningPlan() {
        eventually(
                () ->
                        jdbc.sql("select count(*) from planner.plan where status = 'RUNNING'")
                                        .query(Long.class)
                                        .single()
                                == 0,
                "every plan to end");
    }

    /** Waits until the condition holds. */
    protected static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + WAIT + " for " + what);
            }
            EventLog.sleep(50);
        }
    }

    /** Waits until the value stops changing for {@code quiet}, and returns it. */
    protected static <T> T settled(Supplier<T> value, Duration quiet) {
        T last = value.get();
        Instant stableSince = Instant.now();
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            EventLog.sleep(50);
            T now = value.get();
            if (!now.equals(last)) {
                last = now;
                stableSince = Instant.now();
            } else if (Duration.between(stableSince, Instant.now()).compareTo(quiet) >= 0) {
                return now;
            }
        }
        throw new AssertionError("The value never settled: " + last);
    }

    private static Path copyOfTheExampleProject() {
        Path source =
                Path.of("..", "examples", "ecommerce", "pipelines").toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The example project is missing: " + source);
        }
        try {
            Path root = Files.createTempDirectory("planner-project-");
            Path target = root.resolve("pipelines");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the example project from " + source, e);
        }
    }
}
