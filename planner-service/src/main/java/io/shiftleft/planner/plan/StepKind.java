package io.shiftleft.planner.plan;

/** What a plan step does to its table: the execution planner's actions, and undeploy. */
public enum StepKind {
    /** Re-create the table and start its DML. */
    DEPLOY,
    /** Start (or restart) only the DML. */
    DEPLOY_DML_ONLY,
    /** Re-create and restart a running table. */
    RESTART,
    /** The table runs and is left alone. */
    KEEP_RUNNING,
    /** Excluded by the request. */
    SKIP_EXCLUDED,
    /** A pre-provisioned topic, never deployed. */
    SKIP_EXTERNAL,
    /** Nothing to do. */
    NONE,
    /** Delete the table's statements and drop it. */
    UNDEPLOY
}
