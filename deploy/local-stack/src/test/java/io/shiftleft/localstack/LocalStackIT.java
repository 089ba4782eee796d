package io.shiftleft.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End-to-end checks against the running local stack ({@code bin/shift-left local up}); the test
 * starts nothing. Endpoints come from system properties ({@code shiftleft.it.*}, defaults = the
 * stack's default ports), so {@code mvn verify -Plocal-stack-it -Dshiftleft.it.kafka=...} points it
 * elsewhere. Every request id and topic name is unique per run: the suite can run again and again
 * against the same stack.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final String KAFKA = property("kafka", "127.0.0.1:19092");
    private static final String REGISTRY =
            trimSlash(property("registry", "http://127.0.0.1:18085/apis/ccompat/v7"));
    private static final String FLINK_REST =
            trimSlash(property("flink-rest", "http://127.0.0.1:18081"));
    private static final String SQL_GATEWAY =
            trimSlash(property("sql-gateway", "http://127.0.0.1:18083"));
    private static final Map<String, String> SERVICES = services();
    private static final Duration TIMEOUT =
            Duration.ofSeconds(Long.parseLong(property("timeout-seconds", "60")));
    private static final Topics TOPICS =
            Topics.withPrefix(property("topic-prefix", Topics.DEFAULT_PREFIX));

    /** Prefix of every request id and key of this run. */
    private static final String RUN = "it-" + UUID.randomUUID().toString().substring(0, 8);

    /** Every event read from deployment-events, by key (request id); the first one wins. */
    private static final Map<String, ConsumerRecord<String, Object>> ANSWERS = new HashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpClient http;
    private static KafkaProducer<String, Object> avroProducer;
    private static KafkaProducer<String, byte[]> rawProducer;

    /** Specific reader on deployment-events, positioned at its end when the class starts. */
    private static KafkaConsumer<String, Object> events;

    /** Specific reader for single records at a known offset. */
    private static KafkaConsumer<String, Object> specific;

    /** Generic reader (no generated class needed), for the records Flink writes. */
    private static KafkaConsumer<String, Object> generic;

    /** Bytes as they are on the topic. */
    private static KafkaConsumer<String, byte[]> raw;

    @BeforeAll
    static void clients() throws Exception {
        Map<String, Object> admin =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin client = Admin.create(admin)) {
            client.describeCluster().nodes().get();
        } catch (Exception e) {
            throw new AssertionError(
                    "Kafka at "
                            + KAFKA
                            + " does not answer ("
                            + e
                            + "). These tests need the running local stack: bin/shift-left local"
                            + " up (or -Dshiftleft.it.kafka=host:port)",
                    e);
        }
        http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();

        AvroWireSerializer serializer = new AvroWireSerializer();
        serializer.configure(serdeConfig(false), false);
        avroProducer = new KafkaProducer<>(producerConfig(), new StringSerializer(), serializer);
        rawProducer =
                new KafkaProducer<>(
                        producerConfig(), new StringSerializer(), new ByteArraySerializer());
        events = consumer(avroDeserializer(true));
        specific = consumer(avroDeserializer(true));
        generic = consumer(avroDeserializer(false));
        raw = consumer(new ByteArrayDeserializer());

        List<TopicPartition> answers = partitions(events, TOPICS.deploymentEvents());
        events.assign(answers);
        events.seekToEnd(answers);
        // seekToEnd is lazy: fix the positions now, before the first request is sent.
        answers.forEach(events::position);
    }

    @AfterAll
    static void closeClients() {
        for (AutoCloseable client :
                new AutoCloseable[] {avroProducer, rawProducer, events, specific, generic, raw}) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception e) {
                    // closing is best effort
                }
            }
        }
    }

    @Test
    @Order(1)
    void everyPartIsHealthy() {
        SoftAssertions softly = new SoftAssertions();
        SERVICES.forEach(
                (service, url) -> {
                    try {
                        HttpResponse<String> response = get(url + "/actuator/health");
                        JsonNode health = JSON.readTree(response.body());
                        softly.assertThat(health.path("status").asText())
                                .as("%s %s/actuator/health: %s", service, url, response.body())
                                .isEqualTo("UP");
                        for (String component : List.of("kafka", "db")) {
                            softly.assertThat(
                                            health.path("components")
                                                    .path(component)
                                                    .path("status")
                                                    .asText("<missing>"))
                                    .as("%s health component '%s'", service, component)
                                    .isEqualTo("UP");
                        }
                    } catch (IOException | AssertionError e) {
                        softly.fail(service + " at " + url + ": " + e.getMessage());
                    }
                });
        checkStatus(softly, "registry", REGISTRY + "/subjects");
        checkStatus(softly, "flink rest", FLINK_REST + "/overview");
        checkStatus(softly, "sql gateway", SQL_GATEWAY + "/v1/info");
        softly.assertAll();
    }

    @Test
    @Order(2)
    void writesTheWireFormatWithAnIdTheRegistryKnowsAndReadsItBack() throws Exception {
        DeployRequest request = request(List.of("orders_fct_order_details"));

        RecordMetadata sent =
                avroProducer
                        .send(new ProducerRecord<>(TOPICS.deployRequests(), "local", request))
                        .get();

        byte[] bytes = readAt(raw, sent).value();
        assertThat(bytes.length).isGreaterThan(5);
        assertThat(bytes[0]).as("magic byte").isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        HttpResponse<String> byId = get(REGISTRY + "/schemas/ids/" + id);
        assertThat(byId.statusCode()).as("GET /schemas/ids/%d: %s", id, byId.body()).isEqualTo(200);
        Schema registered =
                new Schema.Parser().parse(JSON.readTree(byId.body()).get("schema").asText());
        assertThat(registered).isEqualTo(DeployRequest.getClassSchema());

        Object readBack = readAt(specific, sent).value();
        assertThat(readBack).isInstanceOf(DeployRequest.class).isEqualTo(request);
    }

    @Test
    @Order(3)
    void thePlannerAcceptsARequestAndRejectsOneWithoutScope() throws Exception {
        DeployRequest accepted =
                request(List.of("orders_fct_order_details", "customers_dim_customers"));
        DeployRequest noScope = request(List.of());

        avroProducer.send(new ProducerRecord<>(TOPICS.deployRequests(), "local", accepted)).get();
        avroProducer.send(new ProducerRecord<>(TOPICS.deployRequests(), "local", noScope)).get();

        DeploymentEvent yes = (DeploymentEvent) answerTo(accepted.getRequestId()).value();
        assertThat(yes.getType()).isEqualTo(DeploymentEventType.REQUEST_ACCEPTED);
        assertThat(yes.getRequestId()).isEqualTo(accepted.getRequestId());
        assertThat(yes.getEnvironment()).isEqualTo("local");
        assertThat(yes.getTables())
                .containsExactly("orders_fct_order_details", "customers_dim_customers");

        DeploymentEvent no = (DeploymentEvent) answerTo(noScope.getRequestId()).value();
        assertThat(no.getType()).isEqualTo(DeploymentEventType.REQUEST_REJECTED);
        assertThat(no.getDetail()).contains("tables").contains("product").contains("directory");
    }

    @Test
    @Order(4)
    void poisonRecordsGoToTheDeadLetterTopicAndThePlannerGoesOn() throws Exception {
        String dlqTopic = Topics.deadLetterOf(TOPICS.deployRequests());
        List<TopicPartition> dlq = partitions(raw, dlqTopic);
        raw.assign(dlq);
        raw.seekToEnd(dlq);
        dlq.forEach(raw::position);

        String garbageKey = RUN + "-garbage-" + UUID.randomUUID();
        String unknownIdKey = RUN + "-unknown-id-" + UUID.randomUUID();
        byte[] garbage = ("not avro " + garbageKey).getBytes(StandardCharsets.UTF_8);
        byte[] unknownId = new byte[16];
        ThreadLocalRandom.current().nextBytes(unknownId);
        unknownId[0] = 0;
        ByteBuffer.wrap(unknownId, 1, 4).putInt(Integer.MAX_VALUE - 7);
        rawProducer.send(new ProducerRecord<>(TOPICS.deployRequests(), garbageKey, garbage)).get();
        rawProducer
                .send(new ProducerRecord<>(TOPICS.deployRequests(), unknownIdKey, unknownId))
                .get();
        DeployRequest after = request(List.of("orders_fct_order_details"));
        avroProducer.send(new ProducerRecord<>(TOPICS.deployRequests(), "local", after)).get();

        assertThat(((DeploymentEvent) answerTo(after.getRequestId()).value()).getType())
                .as("answer to the valid request sent after the poison records")
                .isEqualTo(DeploymentEventType.REQUEST_ACCEPTED);

        Map<String, ConsumerRecord<String, byte[]>> dead = new LinkedHashMap<>();
        pollUntil(
                raw,
                r -> {
                    if (garbageKey.equals(r.key()) || unknownIdKey.equals(r.key())) {
                        dead.put(r.key(), r);
                    }
                    return dead.size() == 2;
                },
                "both poison records (keys "
                        + garbageKey
                        + ", "
                        + unknownIdKey
                        + ") on "
                        + dlqTopic);
        assertThat(dead.get(garbageKey).value()).isEqualTo(garbage);
        assertThat(dead.get(unknownIdKey).value()).isEqualTo(unknownId);
        assertThat(header(dead.get(garbageKey), "shiftleft-error")).contains("magic byte");
        assertThat(header(dead.get(unknownIdKey), "shiftleft-error"))
                .contains("schema id " + (Integer.MAX_VALUE - 7));
    }

    @Test
    @Order(5)
    void theAnswerContinuesTheTraceOfTheRequest() throws Exception {
        HexFormat hex = HexFormat.of();
        byte[] traceBytes = new byte[16];
        byte[] spanBytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(traceBytes);
        ThreadLocalRandom.current().nextBytes(spanBytes);
        traceBytes[0] |= 1; // never the invalid all-zero id
        spanBytes[0] |= 1;
        String traceId = hex.formatHex(traceBytes);
        String spanId = hex.formatHex(spanBytes);
        DeployRequest request = request(List.of("orders_fct_order_details"));
        ProducerRecord<String, Object> record =
                new ProducerRecord<>(TOPICS.deployRequests(), "local", request);
        record.headers()
                .add(
                        "traceparent",
                        ("00-" + traceId + "-" + spanId + "-01").getBytes(StandardCharsets.UTF_8));

        avroProducer.send(record).get();

        String traceparent = header(answerTo(request.getRequestId()), "traceparent");
        assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain(spanId);
    }

    @Test
    @Order(6)
    void flinkWritesAvroThroughTheGatewayThatOurDeserializerReads() throws Exception {
        String topic = "it-flink-avro-" + UUID.randomUUID().toString().substring(0, 8);
        String session =
                postJson(SQL_GATEWAY + "/v1/sessions", Map.of("sessionName", topic))
                        .path("sessionHandle")
                        .asText();
        assertThat(session).as("SQL Gateway session handle").isNotBlank();
        String jobId = null;
        Throwable failure = null;
        try {
            execute(session, "SET 'pipeline.name' = '" + topic + "'");
            execute(
                    session,
                    "CREATE TABLE it_source (id BIGINT, name STRING, amount DOUBLE) WITH ("
                            + "'connector' = 'datagen', 'rows-per-second' = '5',"
                            + " 'fields.name.length' = '8')");
            execute(
                    session,
                    "CREATE TABLE it_sink (id BIGINT, name STRING, amount DOUBLE) WITH ("
                            + "'connector' = 'kafka', 'topic' = '"
                            + topic
                            + "', 'properties.bootstrap.servers' = '"
                            + KAFKA
                            + "', 'format' = 'avro-confluent', 'avro-confluent.url' = '"
                            + REGISTRY
                            + "')");
            JsonNode insert = execute(session, "INSERT INTO it_sink SELECT * FROM it_source");
            jobId = jobIdOf(insert);
            assertThat(jobId).as("job id of the INSERT: %s", insert).matches("[0-9a-f]{32}");

            JsonNode job = waitForRunningJob(jobId);
            assertThat(job.path("state").asText()).isEqualTo("RUNNING");

            List<TopicPartition> written = partitions(generic, topic);
            generic.assign(written);
            generic.seekToBeginning(written);
            List<GenericRecord> decoded = new ArrayList<>();
            pollUntil(
                    generic,
                    r -> decoded.add((GenericRecord) r.value()) && decoded.size() >= 3,
                    "3 records written by Flink on " + topic);
            for (GenericRecord row : decoded) {
                assertThat(row.get("id")).isInstanceOf(Long.class);
                assertThat(row.get("name").toString()).hasSize(8);
                assertThat(row.get("amount")).isInstanceOf(Double.class);
            }
            HttpResponse<String> subject = get(REGISTRY + "/subjects/" + topic + "-value/versions");
            assertThat(subject.statusCode())
                    .as("Flink registered %s-value: %s", topic, subject.body())
                    .isEqualTo(200);
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            cleanUp(jobId, session, failure);
        }
    }

    /** Cancels the job (freeing its slot) and closes the session, without hiding a failure. */
    private static void cleanUp(String jobId, String session, Throwable failure) throws Exception {
        try {
            if (jobId != null) {
                cancel(jobId);
            }
        } catch (Exception | AssertionError e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        } finally {
            send(
                    HttpRequest.newBuilder(URI.create(SQL_GATEWAY + "/v1/sessions/" + session))
                            .DELETE());
        }
    }

    // ---------------------------------------------------------------------------------------
    // Kafka helpers

    private static DeployRequest request(List<String> tables) {
        return DeployRequest.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId(RUN + "-req-" + UUID.randomUUID())
                .setEnvironment("local")
                .setRequestedBy("LocalStackIT")
                .setTables(tables)
                // Planned, not executed: this suite checks the stack's wiring, not deployments.
                .setDryRun(true)
                .build();
    }

    /**
     * The planner's answer to a request: the first event keyed by its id. Every event read is kept,
     * since one poll can bring the answers to several requests.
     */
    private static ConsumerRecord<String, Object> answerTo(String requestId) {
        ConsumerRecord<String, Object> known = ANSWERS.get(requestId);
        if (known != null) {
            return known;
        }
        try {
            return pollUntil(
                    events,
                    r -> {
                        ANSWERS.putIfAbsent(r.key(), r);
                        return requestId.equals(r.key());
                    },
                    "the answer to request " + requestId + " on " + TOPICS.deploymentEvents());
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage() + "; planner health: " + healthOf(SERVICES.get("planner")), e);
        }
    }

    /** The one record the producer wrote, read with the given consumer. */
    private static <V> ConsumerRecord<String, V> readAt(
            KafkaConsumer<String, V> consumer, RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, sent.offset());
        return pollUntil(
                consumer,
                r -> r.offset() == sent.offset(),
                "the record at " + partition + "@" + sent.offset());
    }

    /**
     * Polls until a record matches and returns the first match. The predicate sees every record
     * read, the rest of the matching batch included, so that it can collect them.
     */
    private static <V> ConsumerRecord<String, V> pollUntil(
            KafkaConsumer<String, V> consumer,
            Predicate<ConsumerRecord<String, V>> match,
            String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            ConsumerRecord<String, V> found = null;
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(250))) {
                if (match.test(record) && found == null) {
                    found = record;
                } else {
                    seen++;
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError(
                "Waited "
                        + TIMEOUT.toSeconds()
                        + " s in vain for "
                        + what
                        + " ("
                        + seen
                        + " other records read)");
    }

    /** The partitions of a topic, waiting for it to appear (Flink's sink creates its topic). */
    private static List<TopicPartition> partitions(KafkaConsumer<String, ?> consumer, String topic)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Topic " + topic + " does not exist after " + TIMEOUT);
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header '%s' of %s", name, record).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> serdeConfig(boolean specificReader) {
        return Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                REGISTRY,
                AvroSerdeConfig.SPECIFIC_AVRO_READER,
                String.valueOf(specificReader));
    }

    private static AvroWireDeserializer avroDeserializer(boolean specificReader) {
        AvroWireDeserializer deserializer = new AvroWireDeserializer();
        deserializer.configure(serdeConfig(specificReader), false);
        return deserializer;
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
    }

    /** A consumer without a group: it is always assigned partitions and positioned by hand. */
    private static <V> KafkaConsumer<String, V> consumer(Deserializer<V> deserializer) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                deserializer);
    }

    // ---------------------------------------------------------------------------------------
    // REST helpers (Flink REST, SQL Gateway, registry, actuator)

    private static HttpResponse<String> get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            throw new IOException(built.method() + " " + built.uri() + " failed: " + e, e);
        }
    }

    private static JsonNode postJson(String url, Object body) throws IOException {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(body))));
        assertThat(response.statusCode())
                .as("POST %s: %s", url, response.body())
                .isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static void checkStatus(SoftAssertions softly, String part, String url) {
        try {
            HttpResponse<String> response = get(url);
            softly.assertThat(response.statusCode())
                    .as("%s: GET %s: %s", part, url, response.body())
                    .isEqualTo(200);
        } catch (IOException e) {
            softly.fail(part + ": " + e.getMessage());
        }
    }

    private static String healthOf(String serviceUrl) {
        try {
            return get(serviceUrl + "/actuator/health").body();
        } catch (IOException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    /**
     * Runs one statement in a gateway session, waits until its operation is FINISHED (for an
     * INSERT: submitted), and returns the first page of its result.
     */
    private static JsonNode execute(String session, String statement) throws Exception {
        String base = SQL_GATEWAY + "/v2/sessions/" + session;
        String operation =
                postJson(base + "/statements", Map.of("statement", statement))
                        .path("operationHandle")
                        .asText();
        String operationUrl = base + "/operations/" + operation;
        Instant deadline = Instant.now().plus(TIMEOUT);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = JSON.readTree(get(operationUrl + "/status").body()).path("status").asText();
            if (!status.equals("RUNNING")
                    && !status.equals("PENDING")
                    && !status.equals("INITIALIZED")) {
                break;
            }
            Thread.sleep(200);
        }
        HttpResponse<String> result = get(operationUrl + "/result/0?rowFormat=JSON");
        while (status.equals("FINISHED")
                && result.statusCode() == 200
                && JSON.readTree(result.body()).path("resultType").asText().equals("NOT_READY")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            result = get(operationUrl + "/result/0?rowFormat=JSON");
        }
        if (!status.equals("FINISHED") || result.statusCode() != 200) {
            fail(
                    "Statement failed (status %s, HTTP %d): %s%n%s",
                    status, result.statusCode(), statement, result.body());
        }
        return JSON.readTree(result.body());
    }

    /** The job id of an INSERT's result: the jobID field, else the single row's one column. */
    private static String jobIdOf(JsonNode result) {
        if (result.hasNonNull("jobID")) {
            return result.get("jobID").asText();
        }
        return result.path("results").path("data").path(0).path("fields").path(0).asText();
    }

    /** Waits until the job and all its tasks run, from Flink REST's /jobs/overview. */
    private static JsonNode waitForRunningJob(String jobId) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        JsonNode job = null;
        while (Instant.now().isBefore(deadline)) {
            job = jobOverview(jobId);
            if (job != null) {
                String state = job.path("state").asText();
                JsonNode tasks = job.path("tasks");
                if (state.equals("RUNNING")
                        && tasks.path("running").asInt() > 0
                        && tasks.path("running").asInt() == tasks.path("total").asInt()) {
                    return job;
                }
                assertThat(state)
                        .as("job %s: %s", jobId, job)
                        .isIn("INITIALIZING", "CREATED", "RUNNING", "RESTARTING");
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "Job "
                        + jobId
                        + " (and all its tasks) not RUNNING within "
                        + TIMEOUT.toSeconds()
                        + " s: "
                        + job);
    }

    private static JsonNode jobOverview(String jobId) throws IOException {
        HttpResponse<String> response = get(FLINK_REST + "/jobs/overview");
        assertThat(response.statusCode()).as("GET /jobs/overview").isEqualTo(200);
        for (JsonNode job : JSON.readTree(response.body()).path("jobs")) {
            if (jobId.equals(job.path("jid").asText())) {
                return job;
            }
        }
        return null;
    }

    /** Cancels the job and waits until it is CANCELED, so that it frees its slot. */
    private static void cancel(String jobId) throws Exception {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(FLINK_REST + "/jobs/" + jobId + "?mode=cancel"))
                                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode())
                .as("PATCH /jobs/%s?mode=cancel: %s", jobId, response.body())
                .isEqualTo(202);
        Instant deadline = Instant.now().plus(TIMEOUT);
        String state = "";
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = jobOverview(jobId);
            state = job == null ? "<gone>" : job.path("state").asText();
            if (state.equals("CANCELED")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Job " + jobId + " not CANCELED after " + TIMEOUT + ": " + state);
    }

    // ---------------------------------------------------------------------------------------
    // Settings

    private static String property(String name, String fallback) {
        String value = System.getProperty("shiftleft.it." + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Map<String, String> services() {
        Map<String, String> services = new LinkedHashMap<>();
        String[][] defaults = {
            {"planner", "18090"}, {"deployer", "18091"}, {"monitor", "18092"}, {"notifier", "18093"}
        };
        for (String[] service : defaults) {
            services.put(
                    service[0], trimSlash(property(service[0], "http://127.0.0.1:" + service[1])));
        }
        return services;
    }
}
