package io.shiftleft.planner.saga;

/** Where a plan is in its life. */
public enum PlanStatus {
    /** A dry run: stored to be read, never run. */
    PREVIEW(true),
    /** Waits for an approval before anything runs. */
    WAITING_APPROVAL(false),
    /** Its steps run. */
    RUNNING(false),
    /** Every step succeeded. */
    SUCCEEDED(true),
    /** A step failed; the plan may be resumed. */
    FAILED(true),
    /** Cancelled; commands in flight were let finish, nothing else was sent. */
    CANCELLED(true);

    private final boolean terminal;

    PlanStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether nothing happens to the plan any more unless someone acts (resume). */
    public boolean terminal() {
        return terminal;
    }
}
