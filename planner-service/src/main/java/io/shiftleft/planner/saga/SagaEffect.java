package io.shiftleft.planner.saga;

/** Something a plan transition asks to be sent, in the same transaction. */
public sealed interface SagaEffect {

    /** Send the step's next command (its attempt is the step's). */
    record Send(SagaStep step) implements SagaEffect {}

    /**
     * Publish a deployment event.
     *
     * @param type what happened
     * @param step the step it is about, or null for plan events
     * @param detail words for people, or null
     * @param commandId the command it is about, or null
     */
    record Publish(PlanEventType type, SagaStep step, String detail, String commandId)
            implements SagaEffect {}
}
