package io.shiftleft.planner.saga;

import java.util.Objects;

/**
 * A command result as the saga sees it.
 *
 * @param commandId the command it answers
 * @param planId the plan it names
 * @param outcome how the command ended
 * @param phase the statement's phase afterwards, or null
 * @param detail the platform's message or error, or null
 */
public record ResultReceived(
        String commandId, String planId, ResultOutcome outcome, String phase, String detail) {

    public ResultReceived {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
