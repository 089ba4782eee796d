package io.shiftleft.deployer.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where commands live through RECEIVED → ACTING → DONE, so none is acted on twice or lost in a
 * restart. Calls join the caller's transaction.
 */
public interface CommandLog {

    /** The command of that id, if it was ever received. */
    Optional<LoggedCommand> find(String commandId);

    /** Records a new command as RECEIVED; false (and nothing changed) when the id is known. */
    boolean receive(IncomingCommand command, Instant receivedAt);

    /**
     * Marks the command ACTING (again, after a restart) and answers when acting first began; empty
     * when it is DONE or unknown.
     */
    Optional<Instant> startActing(String commandId, Instant now);

    /** Records the answer and marks the command DONE; false when it was DONE already. */
    boolean finish(CommandAnswer answer);

    /** Every command RECEIVED or ACTING, oldest first. */
    List<IncomingCommand> unfinished();
}
