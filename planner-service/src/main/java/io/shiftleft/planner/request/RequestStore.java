package io.shiftleft.planner.request;

import java.util.Optional;

/** Where requests and their outcomes are recorded. */
public interface RequestStore {

    /** The outcome recorded for the request id, if any. */
    Optional<IntakeOutcome> find(String requestId);

    /** Records a new outcome. */
    void record(IntakeOutcome outcome);
}
