package io.shiftleft.monitor.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A statement shift-left deployed, as the monitor learned it from commands and their results.
 * Fields the commands did not tell are null.
 *
 * @param environment the environment
 * @param statementName the statement
 * @param tableName the table whose statement it is
 * @param productName the table's product
 * @param sql the statement's SQL as last sent
 * @param sqlHash its hash, as the planner computed it
 * @param lastAction the action of the last command for it (RUN_DML, STOP, DELETE, …)
 * @param lastCommandId that command's id
 * @param lastOutcome the outcome of that command, null until its result arrives
 * @param jobId the platform id the last successful command answered (a Flink job id)
 * @param stopped whether the last command left it stopped on request
 * @param error the deployer's message when the last submission failed without a job
 * @param deployedAt when it was last submitted (the command's time)
 * @param present false once a command deleted it (or dropped its table)
 */
public record CatalogEntry(
        String environment,
        String statementName,
        String tableName,
        String productName,
        String sql,
        String sqlHash,
        String lastAction,
        String lastCommandId,
        String lastOutcome,
        String jobId,
        boolean stopped,
        String error,
        Instant deployedAt,
        boolean present) {

    public CatalogEntry {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(statementName, "statementName");
        Objects.requireNonNull(deployedAt, "deployedAt");
    }

    /** Whether the last command meant this statement to disappear. */
    public boolean deletedOnPurpose() {
        return !present || "DELETE".equals(lastAction);
    }

    /** Whether the last command meant this statement to stop. */
    public boolean stoppedOnPurpose() {
        return stopped || "STOP".equals(lastAction);
    }
}
