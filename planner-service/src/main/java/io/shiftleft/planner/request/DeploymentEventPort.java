package io.shiftleft.planner.request;

/** Publishes the public deployment events that answer a request. */
public interface DeploymentEventPort {

    /** Publishes the event for the outcome and waits until the broker has it. */
    void publish(IntakeOutcome outcome);
}
