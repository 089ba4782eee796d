package io.shiftleft.deployer.command.adapter.out.kafka;

import io.shiftleft.deployer.command.CommandAnswer;
import io.shiftleft.deployer.command.CommandResultPort;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.StatementPhase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends command results keyed by plan id; a repeat carries the same event id. */
@Component
class KafkaCommandResults implements CommandResultPort {

    private final KafkaTemplate<String, Object> kafka;
    private final Topics topics;
    private final Clock clock = Clock.systemUTC();

    KafkaCommandResults(KafkaTemplate<String, Object> kafka, Topics topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    @Override
    public void publish(CommandAnswer answer) {
        var command = answer.command();
        CommandResult result =
                CommandResult.newBuilder()
                        .setEventId(
                                UUID.nameUUIDFromBytes(
                                        ("result/" + command.commandId())
                                                .getBytes(StandardCharsets.UTF_8)))
                        .setOccurredAt(clock.instant())
                        .setRequestId(command.requestId())
                        .setPlanId(command.planId())
                        .setCommandId(command.commandId())
                        .setStepId(command.stepId())
                        .setEnvironment(command.environment())
                        .setStatementName(command.statementName())
                        .setOutcome(CommandOutcome.valueOf(answer.outcome()))
                        .setPhase(StatementPhase.UNKNOWN)
                        .setDetail(answer.detail())
                        .setStartedAt(answer.startedAt())
                        .setFinishedAt(answer.finishedAt())
                        .build();
        try {
            kafka.send(topics.commandResults(), command.planId(), result).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing a command result", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException(
                    "Could not publish the result of command " + command.commandId(), e);
        }
    }
}
