package io.shiftleft.planner.request;

/**
 * Publishes the public answer to a request (REQUEST_ACCEPTED or REQUEST_REJECTED). Runs inside the
 * transaction that records the outcome: the answer is published after it commits.
 */
public interface RequestAnswers {

    /** Publishes the answer to the outcome; a repeat carries the same event id. */
    void answer(IntakeOutcome outcome);
}
