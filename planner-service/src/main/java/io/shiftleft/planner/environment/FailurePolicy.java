package io.shiftleft.planner.environment;

/** What a running plan does with the steps that do not depend on a failed step. */
public enum FailurePolicy {
    /** Start nothing new once a step failed; steps already running finish. */
    STOP_ALL,
    /** Keep running every step that does not depend on the failed one. */
    FINISH_INDEPENDENT
}
