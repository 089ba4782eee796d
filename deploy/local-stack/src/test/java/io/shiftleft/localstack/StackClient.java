package io.shiftleft.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the end-to-end scenarios use of the running test stack: a plain Kafka producer of deploy
 * requests, a reader of every deployment event since the start, the planner's REST API, the Flink
 * jobs and topic sizes, and the launcher ({@code bin/shift-left}) to kill and start parts.
 */
final class StackClient implements AutoCloseable {

    static final String KAFKA = property("kafka", "127.0.0.1:19092");
    static final String REGISTRY = property("registry", "http://127.0.0.1:18085/apis/ccompat/v7");
    static final String FLINK_REST = property("flink-rest", "http://127.0.0.1:18081");
    static final String PLANNER = property("planner", "http://127.0.0.1:18090");
    static final Topics TOPICS = Topics.withDefaultPrefix();

    /** Flink job states that hold a slot or will. */
    static final Set<String> ALIVE =
            Set.of("INITIALIZING", "CREATED", "RUNNING", "RESTARTING", "RECONCILING", "FAILING");

    /** Events that end a plan. */
    static final Set<String> ENDS =
            Set.of("DEPLOYMENT_SUCCEEDED", "DEPLOYMENT_FAILED", "DEPLOYMENT_CANCELLED");

    static final ObjectMapper JSON = new ObjectMapper();

    /** One Flink job: its id and state. */
    record Job(String id, String name, String state) {}

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final KafkaProducer<String, Object> producer;
    private final KafkaConsumer<String, Object> events;
    private final List<ConsumerRecord<String, Object>> seen = new ArrayList<>();

    StackClient() {
        AvroWireSerializer values = new AvroWireSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, REGISTRY), false);
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                KAFKA,
                                ProducerConfig.ACKS_CONFIG,
                                "all"),
                        new StringSerializer(),
                        values);
        AvroWireDeserializer reader = new AvroWireDeserializer();
        reader.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        REGISTRY,
                        AvroSerdeConfig.SPECIFIC_AVRO_READER,
                        "true"),
                false);
        events = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), reader);
        List<TopicPartition> partitions =
                events.partitionsFor(TOPICS.deploymentEvents()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
        events.assign(partitions);
        events.seekToEnd(partitions);
        partitions.forEach(events::position); // fixed now, before any request is sent
    }

    /** A deploy request of this run with the given scope; fill the rest with {@code setXxx}. */
    static DeployRequest.Builder request(String environment, String... tables) {
        return DeployRequest.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("e2e-" + UUID.randomUUID())
                .setEnvironment(environment)
                .setRequestedBy("end-to-end test")
                .setTables(List.of(tables))
                .setMaxParallel(4);
    }

    /** Sends a request with a plain Kafka producer and the schemas module's serializer. */
    String send(DeployRequest request) throws Exception {
        producer.send(
                        new org.apache.kafka.clients.producer.ProducerRecord<>(
                                TOPICS.deployRequests(), request.getEnvironment(), request))
                .get();
        return request.getRequestId();
    }

    /** The first event keyed by {@code key} that matches, read since the start. */
    DeploymentEvent await(String key, Predicate<DeploymentEvent> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (DeploymentEvent e : eventsOf(key)) {
                if (match.test(e)) {
                    return e;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "No matching event keyed "
                                + key
                                + " within "
                                + timeout
                                + "; got "
                                + eventsOf(key));
            }
            read();
        }
    }

    /** The planner's answer to a request (REQUEST_ACCEPTED or REQUEST_REJECTED). */
    DeploymentEvent answer(String requestId) {
        return await(
                requestId, e -> e.getType().name().startsWith("REQUEST_"), Duration.ofSeconds(60));
    }

    /** Every event of the plan up to its end, in order. */
    List<DeploymentEvent> untilEnd(String planId, Duration timeout) {
        await(planId, e -> ENDS.contains(e.getType().name()), timeout);
        return eventsOf(planId);
    }

    /** The events keyed {@code key} read so far, in order. */
    List<DeploymentEvent> eventsOf(String key) {
        read();
        return seen.stream()
                .filter(r -> key.equals(r.key()) && r.value() instanceof DeploymentEvent)
                .map(r -> (DeploymentEvent) r.value())
                .toList();
    }

    private void read() {
        events.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    /** A planner or Flink REST answer. */
    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = get(url);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postJson(String url, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The plan as the planner shows it. */
    JsonNode plan(String planId) throws IOException, InterruptedException {
        return getJson(PLANNER + "/api/v1/plans/" + planId);
    }

    /** Every job the Flink cluster knows, by name (a name may have had several jobs). */
    Map<String, List<Job>> jobs() throws IOException, InterruptedException {
        Map<String, List<Job>> byName = new HashMap<>();
        for (JsonNode job : getJson(FLINK_REST + "/jobs/overview").path("jobs")) {
            Job j =
                    new Job(
                            job.path("jid").asText(),
                            job.path("name").asText(),
                            job.path("state").asText());
            byName.computeIfAbsent(j.name(), n -> new ArrayList<>()).add(j);
        }
        return byName;
    }

    /** The job of each name that is alive now, by name. */
    Map<String, String> aliveJobs() throws IOException, InterruptedException {
        Map<String, String> alive = new HashMap<>();
        for (List<Job> jobs : jobs().values()) {
            for (Job j : jobs) {
                if (ALIVE.contains(j.state())) {
                    if (alive.put(j.name(), j.id()) != null) {
                        throw new AssertionError(
                                "Two jobs alive under the name " + j.name() + ": " + jobs);
                    }
                }
            }
        }
        return alive;
    }

    /** Records on a topic (the sum of its partitions' end offsets; 0 when it does not exist). */
    long records(String topic) {
        try (KafkaConsumer<byte[], byte[]> c =
                new KafkaConsumer<>(
                        consumerConfig(),
                        new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            var partitions = c.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            return c
                    .endOffsets(
                            partitions.stream()
                                    .map(p -> new TopicPartition(topic, p.partition()))
                                    .toList())
                    .values()
                    .stream()
                    .mapToLong(Long::longValue)
                    .sum();
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return 0;
        }
    }

    /**
     * Runs {@code bin/shift-left} with this stack's environment (the variables failsafe got) and
     * answers its exit code; its output goes to the test's output.
     */
    static int launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(
                Path.of(property("launcher", "../../bin/shift-left")).toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "bin/shift-left " + String.join(" ", args) + " did not end in 5 min");
        }
        return process.exitValue();
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty("shiftleft.it." + name, fallback);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        events.close(Duration.ofSeconds(5));
    }
}
