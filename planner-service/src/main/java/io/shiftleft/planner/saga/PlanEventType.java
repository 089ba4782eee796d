package io.shiftleft.planner.saga;

/** The public facts the saga publishes about a plan (the wire's DeploymentEventType). */
public enum PlanEventType {
    PLAN_CREATED,
    PLAN_APPROVED,
    DEPLOYMENT_STARTED,
    STEP_STARTED,
    STEP_SUCCEEDED,
    STEP_FAILED,
    DEPLOYMENT_SUCCEEDED,
    DEPLOYMENT_FAILED,
    DEPLOYMENT_CANCELLED
}
