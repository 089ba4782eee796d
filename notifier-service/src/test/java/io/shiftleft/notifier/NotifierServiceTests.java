package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.notifier.inbox.InboxEvent;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The notifier on real parts: events from both public topics land in the inbox once each. */
class NotifierServiceTests extends ServiceContractTests {

    @Autowired Inbox inbox;

    @Test
    void keepsEventsFromBothPublicTopicsOnceEach() throws Exception {
        String environment = "env-" + UUID.randomUUID();
        PipelineEvent failed =
                PipelineEvent.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setEnvironment(environment)
                        .setType(PipelineEventType.STATEMENT_FAILED)
                        .setSeverity(Severity.CRITICAL)
                        .setTableName("fct_orders")
                        .setPhase(StatementPhase.FAILED)
                        .setDetail("Job failed: division by zero")
                        .build();
        DeploymentEvent done =
                DeploymentEvent.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId("req-1")
                        .setEnvironment(environment)
                        .setType(DeploymentEventType.DEPLOYMENT_SUCCEEDED)
                        .build();

        try (KafkaProducer<String, Object> producer = TestKafkaClients.avroProducer(brokers)) {
            producer.send(new ProducerRecord<>(TOPICS.pipelineEvents(), "fct_orders", failed))
                    .get();
            producer.send(new ProducerRecord<>(TOPICS.pipelineEvents(), "fct_orders", failed))
                    .get();
            producer.send(new ProducerRecord<>(TOPICS.deploymentEvents(), "req-1", done)).get();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                assertThat(inbox.recent(environment, 10))
                                        .extracting(InboxEvent::source, InboxEvent::type)
                                        .containsExactlyInAnyOrder(
                                                org.assertj.core.groups.Tuple.tuple(
                                                        "pipeline", "STATEMENT_FAILED"),
                                                org.assertj.core.groups.Tuple.tuple(
                                                        "deployment", "DEPLOYMENT_SUCCEEDED")));
    }
}
