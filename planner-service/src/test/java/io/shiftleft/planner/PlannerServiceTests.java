package io.shiftleft.planner;

import static io.shiftleft.support.testing.TestKafkaClients.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.DeadLetterPolicy;
import io.shiftleft.support.testing.TestKafkaClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The planner's intake on real parts (embedded KRaft broker, Apicurio registry, PostgreSQL):
 * requests in, answers out, poison records to the dead-letter topic, trace context across Kafka.
 */
class PlannerServiceTests extends PlannerTestSupport {

    @Test
    void answersADeployRequestWithRequestAcceptedAndRecordsIt() throws Exception {
        DeployRequest request = request(newRequestId(), List.of("src_customers_customers"));

        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", request)).get();

        DeploymentEvent answer = events.answerTo(request.getRequestId(), WAIT);
        assertThat(answer.getType()).isEqualTo(DeploymentEventType.REQUEST_ACCEPTED);
        assertThat(answer.getTables()).containsExactly("src_customers_customers");
        assertThat(answer.getPlanId()).isNotBlank();
        assertThat(
                        jdbc.sql(
                                        "select plan_id from planner.deploy_request where"
                                                + " accepted and request_id = ?")
                                .param(request.getRequestId())
                                .query(String.class)
                                .single())
                .isEqualTo(answer.getPlanId());
    }

    @Test
    void writesTheRequestInTheWireFormatWithAnIdTheRegistryKnows() throws Exception {
        DeployRequest request = request(newRequestId(), List.of("src_customers_customers"));
        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", request)).get();

        try (KafkaConsumer<String, byte[]> raw = TestKafkaClients.rawConsumer(brokers)) {
            raw.subscribe(List.of(TOPICS.deployRequests()));
            byte[] bytes =
                    last(pollUntil(
                                    raw,
                                    r ->
                                            new String(r.value(), StandardCharsets.ISO_8859_1)
                                                    .contains(request.getRequestId()),
                                    WAIT))
                            .value();
            assertThat(bytes[0]).isEqualTo((byte) 0);
            int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
            HttpResponse<String> schema =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            TestSchemaRegistry.get().url()
                                                                    + "/schemas/ids/"
                                                                    + id))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(schema.body()).contains("DeployRequest");
        }
    }

    @Test
    void rejectsARequestThatNamesNoTarget() throws Exception {
        DeployRequest request = request(newRequestId(), List.of());

        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", request)).get();

        DeploymentEvent answer = events.answerTo(request.getRequestId(), WAIT);
        assertThat(answer.getType()).isEqualTo(DeploymentEventType.REQUEST_REJECTED);
        assertThat(answer.getDetail()).contains("tables").contains("product");
    }

    @Test
    void recordsARedeliveredRequestOnceAndAnswersWithTheSameEventId() throws Exception {
        DeployRequest request = request(newRequestId(), List.of("src_customers_addresses"));

        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", request)).get();
        DeploymentEvent first = events.answerTo(request.getRequestId(), WAIT);
        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", request)).get();
        eventually(
                () ->
                        events.records().stream()
                                        .filter(r -> request.getRequestId().equals(r.key()))
                                        .count()
                                == 2,
                "the second answer");
        DeploymentEvent second = events.answerTo(request.getRequestId(), WAIT);

        assertThat(second.getEventId()).isEqualTo(first.getEventId());
        assertThat(
                        jdbc.sql("select count(*) from planner.deploy_request where request_id = ?")
                                .param(request.getRequestId())
                                .query(Long.class)
                                .single())
                .isEqualTo(1L);
        assertThat(
                        jdbc.sql("select count(*) from planner.plan where request_id = ?")
                                .param(request.getRequestId())
                                .query(Long.class)
                                .single())
                .isEqualTo(1L);
    }

    @Test
    void sendsPoisonRecordsToTheDeadLetterTopicAndGoesOn() throws Exception {
        byte[] notAvro = "{\"tables\":[\"x\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] unknownSchemaId = {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 4, 6};
        try (KafkaProducer<String, byte[]> raw = TestKafkaClients.rawProducer(brokers)) {
            raw.send(new ProducerRecord<>(TOPICS.deployRequests(), "poison-1", notAvro)).get();
            raw.send(new ProducerRecord<>(TOPICS.deployRequests(), "poison-2", unknownSchemaId))
                    .get();
        }
        DeployRequest after = request(newRequestId(), List.of("src_customers_customers"));
        producer.send(new ProducerRecord<>(TOPICS.deployRequests(), "dev", after)).get();

        assertThat(events.answerTo(after.getRequestId(), WAIT).getType())
                .isEqualTo(DeploymentEventType.REQUEST_ACCEPTED);
        try (KafkaConsumer<String, byte[]> dlq = TestKafkaClients.rawConsumer(brokers)) {
            dlq.subscribe(List.of(Topics.deadLetterOf(TOPICS.deployRequests())));
            List<ConsumerRecord<String, byte[]>> dead =
                    pollUntil(dlq, r -> "poison-2".equals(r.key()), WAIT);
            ConsumerRecord<String, byte[]> first = find(dead, "poison-1");
            ConsumerRecord<String, byte[]> second = find(dead, "poison-2");
            assertThat(first.value()).isEqualTo(notAvro);
            assertThat(second.value()).isEqualTo(unknownSchemaId);
            assertThat(header(first, DeadLetterPolicy.ERROR_HEADER)).contains("magic byte");
            assertThat(header(second, DeadLetterPolicy.ERROR_HEADER))
                    .contains("schema id 2139062143")
                    .contains("knows no schema with this id");
            assertThat(header(second, "kafka_dlt-exception-stacktrace")).isNotBlank();
            assertThat(header(second, "kafka_dlt-original-topic"))
                    .isEqualTo(TOPICS.deployRequests());
        }
    }

    @Test
    void continuesTheTraceOfTheRequestInItsAnswer() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        DeployRequest request = request(newRequestId(), List.of("src_customers_customers"));
        ProducerRecord<String, Object> record =
                new ProducerRecord<>(TOPICS.deployRequests(), "dev", request);
        record.headers()
                .add(
                        "traceparent",
                        ("00-" + traceId + "-00f067aa0ba902b7-01")
                                .getBytes(StandardCharsets.UTF_8));

        producer.send(record).get();

        ConsumerRecord<String, Object> answer =
                events.await(r -> request.getRequestId().equals(r.key()), WAIT);
        String traceparent = header(answer, "traceparent");
        assertThat(traceparent).startsWith("00-" + traceId + "-");
        assertThat(traceparent).doesNotContain("00f067aa0ba902b7");
    }

    private static DeployRequest request(String requestId, List<String> tables) {
        return DeployRequest.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId(requestId)
                .setEnvironment("dev")
                .setTables(tables)
                .build();
    }

    private static <V> ConsumerRecord<String, V> last(List<ConsumerRecord<String, V>> records) {
        return records.get(records.size() - 1);
    }

    private static ConsumerRecord<String, byte[]> find(
            List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream()
                .filter(r -> key.equals(r.key()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key));
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
