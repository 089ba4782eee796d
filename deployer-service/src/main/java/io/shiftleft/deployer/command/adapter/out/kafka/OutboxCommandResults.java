package io.shiftleft.deployer.command.adapter.out.kafka;

import io.shiftleft.deployer.command.CommandAnswer;
import io.shiftleft.deployer.command.CommandResultPort;
import io.shiftleft.deployer.command.IncomingCommand;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts command results into the transactional outbox, keyed by plan id; the outbox relay publishes
 * them to {@code command-results} after commit. A repeat is the same message: same event id, same
 * times, so consumers drop it.
 */
@Component
class OutboxCommandResults implements CommandResultPort {

    private final Outbox outbox;
    private final Topics topics;

    OutboxCommandResults(Outbox outbox, Topics topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    @Override
    public void publish(CommandAnswer answer) {
        IncomingCommand command = answer.command();
        CommandResult result =
                CommandResult.newBuilder()
                        .setEventId(
                                UUID.nameUUIDFromBytes(
                                        ("result/" + command.commandId())
                                                .getBytes(StandardCharsets.UTF_8)))
                        .setOccurredAt(answer.finishedAt())
                        .setRequestId(command.requestId())
                        .setPlanId(command.planId())
                        .setCommandId(command.commandId())
                        .setStepId(command.stepId())
                        .setEnvironment(command.environment())
                        .setStatementName(command.statementName())
                        .setOutcome(symbol(CommandOutcome.values(), answer.outcome()))
                        .setPhase(symbol(StatementPhase.values(), answer.phase()))
                        .setDetail(answer.detail())
                        .setPlatformId(answer.platformId().orElse(null))
                        .setStartedAt(answer.startedAt())
                        .setFinishedAt(answer.finishedAt())
                        .build();
        outbox.enqueue(topics.commandResults(), command.planId(), result);
    }

    /** The enum symbol of that name; the first symbol (UNKNOWN) for any other name. */
    private static <E extends Enum<E>> E symbol(E[] symbols, String name) {
        return Arrays.stream(symbols)
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(symbols[0]);
    }
}
