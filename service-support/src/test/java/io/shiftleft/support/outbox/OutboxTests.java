package io.shiftleft.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest(
        classes = OutboxTests.App.class,
        properties = {
            "shiftleft.outbox.enabled=true",
            "shiftleft.outbox.poll-interval=100ms",
            "spring.flyway.schemas=outbox_test",
            "spring.flyway.default-schema=outbox_test",
            "spring.flyway.locations=classpath:db/migration/outbox",
            "spring.datasource.hikari.schema=outbox_test",
            "spring.kafka.producer.key-serializer="
                    + "org.apache.kafka.common.serialization.StringSerializer",
            "spring.kafka.producer.value-serializer="
                    + "io.shiftleft.support.outbox.OutboxTests$AvroBinary",
            "shiftleft.kafka.partitions=1"
        })
class OutboxTests {

    private static final String TOPIC = "outbox-tests";

    /** The smallest application: the shared auto-configuration and nothing else. */
    @SpringBootApplication
    static class App {}

    /** Plain Avro binary values, so this test needs no schema registry. */
    public static final class AvroBinary implements Serializer<Object> {
        @Override
        public byte[] serialize(String topic, Object data) {
            return Outbox.avro((org.apache.avro.specific.SpecificRecord) data);
        }
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired Outbox outbox;
    @Autowired OutboxRelay relay;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void publishesWhatCommitsInOrderAndNothingOfWhatRollsBack() {
        String run = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> outbox.enqueue(TOPIC, "k1", event(run, "first")));
        transactions.executeWithoutResult(
                s -> {
                    outbox.enqueue(TOPIC, "k1", event(run, "rolled-back"));
                    s.setRollbackOnly();
                });
        transactions.executeWithoutResult(s -> outbox.enqueue(TOPIC, "k1", event(run, "second")));

        List<DeploymentEvent> seen = readUntil(run, "second");

        assertThat(seen).extracting(e -> e.getDetail()).containsExactly("first", "second");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT count(*) FROM outbox_message WHERE sent_at IS NULL AND"
                                        + " NOT dead",
                                Integer.class))
                .isZero();
    }

    @Test
    void refusesToEnqueueOutsideATransaction() {
        assertThatThrownBy(() -> outbox.enqueue(TOPIC, "k", event("x", "y")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aMessageLeftByACrashedInstanceIsPublishedAndAnUndecodableOneIsSetAside() {
        String run = UUID.randomUUID().toString();
        // Rows committed by an instance that died before relaying them.
        jdbc.update(
                "INSERT INTO outbox_message (topic, message_key, value_type, value_bytes,"
                        + " created_at) VALUES (?, 'k2', 'no.such.Type', ?, now())",
                TOPIC,
                new byte[] {1, 2, 3});
        jdbc.update(
                "INSERT INTO outbox_message (topic, message_key, value_type, value_bytes,"
                        + " created_at) VALUES (?, 'k2', ?, ?, now())",
                TOPIC,
                DeploymentEvent.class.getName(),
                Outbox.avro(event(run, "left-behind")));

        List<DeploymentEvent> seen = readUntil(run, "left-behind");

        assertThat(seen).extracting(e -> e.getDetail()).containsExactly("left-behind");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT last_error FROM outbox_message WHERE value_type ="
                                        + " 'no.such.Type' AND dead",
                                String.class))
                .contains("no.such.Type");
    }

    @Test
    void purgesPublishedMessagesOlderThanTheRetention() {
        jdbc.update(
                "INSERT INTO outbox_message (topic, value_type, value_bytes, created_at, sent_at)"
                        + " VALUES (?, 'x', ?, now(), ?)",
                TOPIC,
                new byte[0],
                java.sql.Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));

        assertThat(relay.purge()).isGreaterThanOrEqualTo(1);
    }

    private static DeploymentEvent event(String requestId, String detail) {
        return DeploymentEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId(requestId)
                .setEnvironment("test")
                .setType(DeploymentEventType.PLAN_CREATED)
                .setDetail(detail)
                .build();
    }

    /** The run's events in the order they were read, up to the one with {@code lastDetail}. */
    private static List<DeploymentEvent> readUntil(String run, String lastDetail) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-tests-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeploymentEvent> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    DeploymentEvent e = decode(r.value());
                    if (e != null && e.getRequestId().equals(run)) {
                        seen.add(e);
                        if (lastDetail.equals(e.getDetail())) {
                            return seen;
                        }
                    }
                }
            }
        }
        throw new AssertionError("No '" + lastDetail + "' event within 30 s; saw " + seen);
    }

    private static DeploymentEvent decode(byte[] bytes) {
        try {
            return new SpecificDatumReader<>(DeploymentEvent.class)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException | RuntimeException e) {
            return null; // another test's raw record
        }
    }
}
