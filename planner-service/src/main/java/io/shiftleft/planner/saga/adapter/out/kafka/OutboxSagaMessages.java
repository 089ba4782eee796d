package io.shiftleft.planner.saga.adapter.out.kafka;

import io.shiftleft.planner.saga.PlanHeader;
import io.shiftleft.planner.saga.SagaCommand;
import io.shiftleft.planner.saga.SagaEffect;
import io.shiftleft.planner.saga.SagaMessages;
import io.shiftleft.planner.saga.SagaStep;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link SagaMessages} through the transactional outbox. Commands are keyed by statement name,
 * events by plan id (the topic contract). A command's event id is derived from its command id, so
 * the same command always travels with the same event id.
 */
@Component
class OutboxSagaMessages implements SagaMessages {

    private final Outbox outbox;
    private final Topics topics;
    private final Clock clock;

    OutboxSagaMessages(Outbox outbox, Topics topics, Clock clock) {
        this.outbox = outbox;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public void command(
            PlanHeader plan,
            SagaStep step,
            SagaCommand command,
            String commandId,
            Duration timeout) {
        DeploymentCommand record =
                DeploymentCommand.newBuilder()
                        .setEventId(
                                UUID.nameUUIDFromBytes(
                                        ("command/" + commandId).getBytes(StandardCharsets.UTF_8)))
                        .setOccurredAt(clock.instant())
                        .setRequestId(plan.requestId())
                        .setPlanId(plan.planId())
                        .setCommandId(commandId)
                        .setStepId(step.tableName())
                        .setEnvironment(plan.environment())
                        .setAction(StepAction.valueOf(command.action().name()))
                        .setTableName(step.tableName())
                        .setProductName(step.productName())
                        .setStatementName(command.statementName())
                        .setSql(command.sql())
                        .setSqlHash(command.sqlHash())
                        .setComputePoolId(command.computePoolId())
                        .setProperties(command.properties())
                        .setDropTable(command.dropTable())
                        .setTimeoutMillis(timeout.toMillis())
                        .setAttempt(step.attempt())
                        .build();
        outbox.enqueue(topics.deploymentCommands(), command.statementName(), record);
    }

    @Override
    public void event(PlanHeader plan, SagaEffect.Publish event) {
        SagaStep step = event.step();
        DeploymentEvent.Builder record =
                DeploymentEvent.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(clock.instant())
                        .setRequestId(plan.requestId())
                        .setPlanId(plan.planId())
                        .setCommandId(event.commandId())
                        .setEnvironment(plan.environment())
                        .setType(DeploymentEventType.valueOf(event.type().name()))
                        .setSeverity(severity(event))
                        .setDetail(event.detail());
        if (step == null) {
            record.setTables(plan.tables());
            record.setTableName(plan.startTable());
        } else {
            record.setStepId(step.tableName())
                    .setTableName(step.tableName())
                    .setProductName(step.productName())
                    .setAction(
                            step.currentAction() == null
                                    ? null
                                    : StepAction.valueOf(step.currentAction().name()));
        }
        outbox.enqueue(topics.deploymentEvents(), plan.planId(), record.build());
    }

    private static Severity severity(SagaEffect.Publish event) {
        return switch (event.type()) {
            case STEP_FAILED, DEPLOYMENT_FAILED -> Severity.ERROR;
            case DEPLOYMENT_CANCELLED -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
