package io.shiftleft.deployer.command.adapter.out.kafka;

import io.shiftleft.deployer.command.CommandAnswer;
import io.shiftleft.deployer.command.CommandResultPort;
import io.shiftleft.deployer.command.IncomingCommand;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts command results into the transactional outbox, keyed by plan id; the outbox relay publishes
 * them to {@code command-results} after commit. A repeat is the same message: same event id, same
 * times, so consumers drop it.
 *
 * <p>Unless {@code deployer.report-statement-status=false}, the phase a command left its statement
 * in also goes to {@code statement-status} (keyed by statement name), so the planner knows what
 * runs. The monitor is meant to publish there by polling the platforms; until it does, this is the
 * only source, and on Apache Flink only the deployer's statement store knows the statements.
 */
@Component
class OutboxCommandResults implements CommandResultPort {

    /** Actions whose statement's phase is reported; a drop statement is deleted right after use. */
    private static final Set<String> REPORTED =
            Set.of("RUN_DDL", "RUN_DML", "RESTART_DML", "STOP", "RESUME", "DELETE");

    private final Outbox outbox;
    private final Topics topics;
    private final boolean reportStatus;

    OutboxCommandResults(
            Outbox outbox,
            Topics topics,
            @Value("${deployer.report-statement-status:true}") boolean reportStatus) {
        this.outbox = outbox;
        this.topics = topics;
        this.reportStatus = reportStatus;
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
        if (reportStatus
                && REPORTED.contains(command.action())
                && !answer.outcome().equals("REJECTED")) {
            outbox.enqueue(topics.statementStatus(), command.statementName(), status(answer));
        }
    }

    private static StatementStatus status(CommandAnswer answer) {
        IncomingCommand command = answer.command();
        return StatementStatus.newBuilder()
                .setEventId(
                        UUID.nameUUIDFromBytes(
                                ("status/" + command.commandId()).getBytes(StandardCharsets.UTF_8)))
                .setOccurredAt(answer.finishedAt())
                .setRequestId(command.requestId())
                .setPlanId(command.planId())
                .setCommandId(command.commandId())
                .setEnvironment(command.environment())
                .setStatementName(command.statementName())
                .setTableName(command.tableName().isEmpty() ? null : command.tableName())
                .setPhase(symbol(StatementPhase.values(), answer.phase()))
                .setDetail(answer.detail())
                .setPlatformId(answer.platformId().orElse(null))
                .setComputePoolId(command.computePoolId())
                .setSqlHash(command.sqlHash())
                .setObservedAt(answer.finishedAt())
                .build();
    }

    /** The enum symbol of that name; the first symbol (UNKNOWN) for any other name. */
    private static <E extends Enum<E>> E symbol(E[] symbols, String name) {
        return Arrays.stream(symbols)
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(symbols[0]);
    }
}
