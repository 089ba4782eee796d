package io.shiftleft.pipeline.plan;

/** What a plan step does to its table. */
public enum StepAction {
    /** Re-create the table (drop, DDL) and start its DML: the table was not running, or forced. */
    DEPLOY,
    /** Start the DML only; the table and its topic are kept. */
    DEPLOY_DML_ONLY,
    /** Re-create and restart a running table: a target, or fed by a restarted stateful table. */
    RESTART,
    /** Nothing to do: the table runs and is only shown for context. */
    KEEP_RUNNING,
    /** Nothing to do: excluded by the request. */
    SKIP_EXCLUDED,
    /** Nothing to do: a pre-provisioned topic. */
    SKIP_EXTERNAL,
    /** Nothing to do: not running and nothing asked for it (shown because an ancestor is). */
    NONE;

    /** Whether the step changes anything on the platform. */
    public boolean acts() {
        return this == DEPLOY || this == DEPLOY_DML_ONLY || this == RESTART;
    }
}
