package io.shiftleft.deployer.command;

import java.time.Instant;

/**
 * The answer to a command.
 *
 * @param command the command
 * @param outcome outcome by name of the contract's CommandOutcome
 * @param detail what happened, in words
 * @param startedAt when handling began
 * @param finishedAt when handling ended
 * @param repeated whether this answers a redelivery
 */
public record CommandAnswer(
        IncomingCommand command,
        String outcome,
        String detail,
        Instant startedAt,
        Instant finishedAt,
        boolean repeated) {}
