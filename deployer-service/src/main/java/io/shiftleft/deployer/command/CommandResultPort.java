package io.shiftleft.deployer.command;

/** Publishes command results. */
public interface CommandResultPort {

    /** Publishes the answer and waits until the broker has it. */
    void publish(CommandAnswer answer);
}
