package io.shiftleft.planner.request.adapter.out.kafka;

import io.shiftleft.planner.request.IntakeOutcome;
import io.shiftleft.planner.request.RequestAnswers;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Enqueues REQUEST_ACCEPTED / REQUEST_REJECTED, keyed by request id (the plan's own events follow
 * under its id). The event id is derived from the request id and type, so a repeat carries the same
 * id.
 */
@Component
class OutboxRequestAnswers implements RequestAnswers {

    private final Outbox outbox;
    private final Topics topics;
    private final Clock clock;

    OutboxRequestAnswers(Outbox outbox, Topics topics, Clock clock) {
        this.outbox = outbox;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public void answer(IntakeOutcome outcome) {
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
                        .setPlanId(outcome.planId())
                        .setEnvironment(outcome.request().environment())
                        .setType(type)
                        .setSeverity(outcome.accepted() ? Severity.INFO : Severity.WARNING)
                        .setDetail(
                                outcome.accepted() ? "plan " + outcome.planId() : outcome.reason())
                        .setTables(outcome.request().tables())
                        .setProductName(outcome.request().product())
                        .build();
        outbox.enqueue(topics.deploymentEvents(), requestId, event);
    }
}
