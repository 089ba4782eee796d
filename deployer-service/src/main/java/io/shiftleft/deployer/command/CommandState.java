package io.shiftleft.deployer.command;

/** Where a command is in its life in the deployer: RECEIVED → ACTING → DONE. */
public enum CommandState {
    /** Recorded, waiting for a worker. */
    RECEIVED,
    /** A worker is acting on the platform (or was, when the deployer stopped). */
    ACTING,
    /** Answered: the answer is recorded and its result is in the outbox. */
    DONE
}
