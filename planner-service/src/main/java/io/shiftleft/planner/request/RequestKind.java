package io.shiftleft.planner.request;

/** Whether a request deploys or undeploys. */
public enum RequestKind {
    DEPLOY,
    UNDEPLOY
}
