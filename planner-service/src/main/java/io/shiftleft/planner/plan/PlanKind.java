package io.shiftleft.planner.plan;

/** Whether a plan deploys or undeploys. */
public enum PlanKind {
    DEPLOY,
    UNDEPLOY
}
