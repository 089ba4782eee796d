package io.shiftleft.deployer.command;

/** Publishes command results. */
public interface CommandResultPort {

    /**
     * Records the answer's result for publication, in the caller's transaction: it is published
     * once that commits, and never if it rolls back. A repeat carries the same event id.
     */
    void publish(CommandAnswer answer);
}
