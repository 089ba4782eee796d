package io.shiftleft.planner;

import static io.shiftleft.support.testing.TestKafkaClients.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.support.DeadLetterPolicy;
import io.shiftleft.support.testing.TestKafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The planner records the statement-status records of a poll together, in their order, and a bad
 * record among them goes to the dead-letter topic alone.
 */
class StatementStatusBatchTests extends PlannerTestSupport {

    @Autowired KafkaListenerEndpointRegistry listeners;

    @AfterEach
    void resumeTheListener() {
        statuses().resume();
    }

    @Test
    void recordsABatchInOrderAndSendsItsBadRecordToTheDeadLetterTopic() throws Exception {
        String gone = "qa-usw2-batch-dml-gone-" + UUID.randomUUID();
        String failing = "qa-usw2-batch-dml-failing-" + UUID.randomUUID();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] notAvro = "{\"phase\":\"RUNNING\"}".getBytes(StandardCharsets.UTF_8);

        statuses().pause();
        eventually(() -> statuses().isContainerPaused(), "the status listener to pause");
        try (KafkaProducer<String, byte[]> raw = TestKafkaClients.rawProducer(brokers)) {
            publish(gone, StatementPhase.RUNNING, t);
            publish(failing, StatementPhase.RUNNING, t);
            raw.send(new ProducerRecord<>(TOPICS.statementStatus(), failing, notAvro)).get();
            raw.send(new ProducerRecord<>(TOPICS.statementStatus(), gone, null)).get();
            publish(failing, StatementPhase.FAILED, t.plusSeconds(2));
            publish(failing, StatementPhase.RUNNING, t.plusSeconds(1));
        }
        statuses().resume();

        eventually(
                () -> "FAILED".equals(phase(failing)) && phase(gone) == null,
                failing + " FAILED and " + gone + " forgotten");
        awaitConsumed(TOPICS.statementStatus());
        assertThat(phase(failing)).as("an older report changes nothing").isEqualTo("FAILED");
        assertThat(phase(gone)).isNull();
        try (KafkaConsumer<String, byte[]> dlq = TestKafkaClients.rawConsumer(brokers)) {
            dlq.subscribe(List.of(Topics.deadLetterOf(TOPICS.statementStatus())));
            List<ConsumerRecord<String, byte[]>> read =
                    pollUntil(dlq, r -> failing.equals(r.key()), WAIT);
            ConsumerRecord<String, byte[]> letter = read.get(read.size() - 1);
            assertThat(letter.value()).isEqualTo(notAvro);
            assertThat(
                            new String(
                                    letter.headers()
                                            .lastHeader(DeadLetterPolicy.ERROR_HEADER)
                                            .value(),
                                    StandardCharsets.UTF_8))
                    .contains("magic byte");
        }
    }

    private void publish(String statement, StatementPhase phase, Instant at) throws Exception {
        StatementStatus status =
                StatementStatus.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(at)
                        .setEnvironment("qa")
                        .setStatementName(statement)
                        .setPhase(phase)
                        .setObservedAt(at)
                        .build();
        producer.send(new ProducerRecord<>(TOPICS.statementStatus(), statement, status)).get();
    }

    private String phase(String statement) {
        return jdbc.sql(
                        "select phase from planner.statement_status where environment = 'qa' and"
                                + " statement_name = ?")
                .param(statement)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private MessageListenerContainer statuses() {
        return listeners.getListenerContainer("planner-statement-status");
    }
}
