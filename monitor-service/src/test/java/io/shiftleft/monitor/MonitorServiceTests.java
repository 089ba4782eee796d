package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.monitor.activity.DeploymentActivity;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monitor on real parts: deployment events are recorded once each. */
class MonitorServiceTests extends ServiceContractTests {

    @Autowired ActivityTracker tracker;

    @Test
    void recordsEachDeploymentEventOnceEvenWhenDeliveredTwice() throws Exception {
        String environment = "env-" + UUID.randomUUID();
        DeploymentEvent started = event(environment, DeploymentEventType.DEPLOYMENT_STARTED);
        DeploymentEvent step = event(environment, DeploymentEventType.STEP_STARTED);

        try (KafkaProducer<String, Object> producer = TestKafkaClients.avroProducer(brokers)) {
            for (DeploymentEvent e : List.of(started, started, step)) {
                producer.send(new ProducerRecord<>(TOPICS.deploymentEvents(), "plan-1", e)).get();
            }
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                assertThat(tracker.recent(environment, 10))
                                        .extracting(DeploymentActivity::type)
                                        .containsExactlyInAnyOrder(
                                                "DEPLOYMENT_STARTED", "STEP_STARTED"));
    }

    private static DeploymentEvent event(String environment, DeploymentEventType type) {
        return DeploymentEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("req-1")
                .setPlanId("plan-1")
                .setEnvironment(environment)
                .setType(type)
                .setStatementName("dev-dml-fct-orders")
                .build();
    }
}
