package io.shiftleft.monitor.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A deployment command the planner sent, as the catalog takes it in.
 *
 * @param environment the environment it acts on
 * @param commandId its idempotency key
 * @param action RUN_DDL, RUN_DML, RESTART_DML, STOP, RESUME, DELETE or DROP_TABLE
 * @param statementName the statement it acts on
 * @param tableName the table of the step
 * @param productName the table's product, or null
 * @param sql the SQL, for the actions that submit one, else null
 * @param sqlHash its hash, or null
 * @param dropTable whether a RUN_DDL first deletes the table's statements and drops it
 * @param occurredAt when the planner sent it
 */
public record CommandSeen(
        String environment,
        String commandId,
        String action,
        String statementName,
        String tableName,
        String productName,
        String sql,
        String sqlHash,
        boolean dropTable,
        Instant occurredAt) {

    public CommandSeen {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(statementName, "statementName");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Whether the command submits SQL (and so creates or replaces the statement). */
    public boolean submits() {
        return sql != null && !sql.isBlank();
    }
}
