package io.shiftleft.deployer.command;

import java.util.Objects;
import java.util.Optional;

/**
 * A command as the log holds it.
 *
 * @param command the command
 * @param state where it is
 * @param answer its answer, once DONE
 */
public record LoggedCommand(
        IncomingCommand command, CommandState state, Optional<CommandAnswer> answer) {

    public LoggedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(answer, "answer");
    }
}
