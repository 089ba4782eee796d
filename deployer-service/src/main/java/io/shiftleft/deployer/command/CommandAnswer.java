package io.shiftleft.deployer.command;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a command, as recorded and published.
 *
 * @param command the command
 * @param outcome outcome by name of the contract's CommandOutcome
 * @param phase the statement's phase at the end, by name of the contract's StatementPhase
 * @param detail what happened, in words
 * @param platformId the statement's platform id (a Flink job id, a Confluent statement uid)
 * @param startedAt when acting began (when it was received, for an answer without acting)
 * @param finishedAt when the answer was decided
 * @param repeated whether this answers a redelivery from the log
 */
public record CommandAnswer(
        IncomingCommand command,
        String outcome,
        String phase,
        String detail,
        Optional<String> platformId,
        Instant startedAt,
        Instant finishedAt,
        boolean repeated) {

    public CommandAnswer {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(outcome, "outcome");
        phase = phase == null ? "UNKNOWN" : phase;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** The same answer, marked as given again to a redelivery. */
    public CommandAnswer repeat() {
        return new CommandAnswer(
                command, outcome, phase, detail, platformId, startedAt, finishedAt, true);
    }
}
