package io.shiftleft.planner.saga;

/** How a command ended, as the deployer (or the planner's timeout) says. */
public enum ResultOutcome {
    SUCCEEDED,
    /** A repeated command the deployer had already executed: a success. */
    ALREADY_DONE,
    FAILED,
    TIMED_OUT,
    REJECTED,
    /** An outcome this planner does not know: treated as a failure. */
    UNKNOWN;

    /** Whether the command did what it was asked. */
    public boolean success() {
        return this == SUCCEEDED || this == ALREADY_DONE;
    }
}
