package io.shiftleft.planner.saga;

import java.time.Duration;

/**
 * Sends the saga's messages. Both methods must run inside the transaction that changes the plan:
 * the messages are published after it commits, and never if it rolls back.
 */
public interface SagaMessages {

    /** Sends a command to the deployer. */
    void command(
            PlanHeader plan,
            SagaStep step,
            SagaCommand command,
            String commandId,
            Duration timeout);

    /** Publishes a deployment event. */
    void event(PlanHeader plan, SagaEffect.Publish event);
}
