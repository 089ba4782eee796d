package io.shiftleft.monitor.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * The deployer's answer to a command, as the catalog takes it in.
 *
 * @param environment the environment
 * @param commandId the command it answers
 * @param statementName the statement
 * @param outcome SUCCEEDED, ALREADY_DONE, FAILED, TIMED_OUT or REJECTED
 * @param phase the statement's phase when the command finished
 * @param platformId the statement's platform id (a Flink job id), or null
 * @param detail the deployer's message, or null
 * @param finishedAt when the command finished
 */
public record ResultSeen(
        String environment,
        String commandId,
        String statementName,
        String outcome,
        String phase,
        String platformId,
        String detail,
        Instant finishedAt) {

    public ResultSeen {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(statementName, "statementName");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** Whether the command did what it was asked (now or before). */
    public boolean succeeded() {
        return outcome.equals("SUCCEEDED") || outcome.equals("ALREADY_DONE");
    }
}
