package io.shiftleft.pipeline.plan;

/** Why a table is in a plan. */
public enum StepReason {
    /** Named by the request (table or table list). */
    TARGET,
    /** In the requested product or folder. */
    IN_SCOPE,
    /** An ancestor of a target that is not running. */
    MISSING_ANCESTOR,
    /** An ancestor redeployed because the request forces ancestors. */
    FORCED_ANCESTOR,
    /** An ancestor that runs and is left alone. */
    RUNNING_ANCESTOR,
    /** Fed, directly or not, by a restarted stateful table. */
    PARENT_RESTARTED,
    /** Excluded by the request. */
    EXCLUDED,
    /** A pre-provisioned topic. */
    EXTERNAL
}
