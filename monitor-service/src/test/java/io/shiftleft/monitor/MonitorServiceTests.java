package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.monitor.activity.DeploymentActivity;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The monitor on real parts, with no environment to watch: deployment events are recorded once
 * each, and the API answers problems that say what is wrong.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
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

    @Test
    void answersProblemsForAnUnknownStatementAndEnvironment() throws Exception {
        HttpResponse<String> missing = call("/api/v1/statements/dev-dml-none");
        HttpResponse<String> unknown = call("/api/v1/statements?environment=prod");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("urn:shiftleft:problem:not-found", "dev-dml-none");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown-environment", "'prod' is not watched");
        assertThat(get("/api/v1/statements")).isEqualTo("[]");
    }

    private HttpResponse<String> call(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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
