package io.shiftleft.deployer.command;

import java.util.Optional;

/** Where commands and their answers are recorded. */
public interface CommandLog {

    Optional<CommandAnswer> find(String commandId);

    void record(CommandAnswer answer);
}
