package io.shiftleft.planner.request.adapter.out.kafka;

import io.shiftleft.planner.request.DeploymentEventPort;
import io.shiftleft.planner.request.IntakeOutcome;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends REQUEST_ACCEPTED / REQUEST_REJECTED, keyed by request id (no plan exists yet). The event id
 * is derived from the request id and type, so a repeat carries the same id.
 */
@Component
class KafkaDeploymentEvents implements DeploymentEventPort {

    private final KafkaTemplate<String, Object> kafka;
    private final Topics topics;
    private final Clock clock;

    KafkaDeploymentEvents(KafkaTemplate<String, Object> kafka, Topics topics) {
        this.kafka = kafka;
        this.topics = topics;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void publish(IntakeOutcome outcome) {
        DeploymentEventType type =
                outcome.accepted()
                        ? DeploymentEventType.REQUEST_ACCEPTED
                        : DeploymentEventType.REQUEST_REJECTED;
        String requestId = outcome.request().requestId();
        DeploymentEvent event =
                DeploymentEvent.newBuilder()
                        .setEventId(
                                UUID.nameUUIDFromBytes(
                                        (requestId + "/" + type).getBytes(StandardCharsets.UTF_8)))
                        .setOccurredAt(clock.instant())
                        .setRequestId(requestId)
                        .setEnvironment(outcome.request().environment())
                        .setType(type)
                        .setSeverity(outcome.accepted() ? Severity.INFO : Severity.WARNING)
                        .setDetail(outcome.reason())
                        .setTables(outcome.request().tables())
                        .setProductName(outcome.request().product())
                        .build();
        try {
            kafka.send(topics.deploymentEvents(), requestId, event).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing " + type, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Could not publish " + type + " for request " + requestId, e);
        }
    }
}
