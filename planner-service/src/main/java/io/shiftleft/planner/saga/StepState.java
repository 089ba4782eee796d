package io.shiftleft.planner.saga;

/** Where a step is in its life. */
public enum StepState {
    /** Waits for the steps it depends on. */
    PENDING,
    /** The plan waits for an approval. */
    WAITING_APPROVAL,
    /** Its prerequisites succeeded; it waits for a free slot. */
    READY,
    /** A command of it is with the deployer. */
    RUNNING,
    /** Every command succeeded. */
    SUCCEEDED,
    /** A command failed or timed out. */
    FAILED,
    /** Cancelled with its plan before it finished. */
    CANCELLED,
    /** Nothing to do (the table runs, is excluded or external); counts as succeeded. */
    SKIPPED,
    /** Never started: a step it depends on failed, or the failure policy stopped the plan. */
    BLOCKED;

    /** Whether steps that depend on this one may start. */
    public boolean done() {
        return this == SUCCEEDED || this == SKIPPED;
    }

    /** Whether steps that depend on this one can never start (until a resume). */
    public boolean broken() {
        return this == FAILED || this == BLOCKED || this == CANCELLED;
    }

    /** Whether the step still has work ahead in a running plan. */
    public boolean open() {
        return this == PENDING || this == READY || this == RUNNING || this == WAITING_APPROVAL;
    }
}
