package io.shiftleft.deployer;

import io.shiftleft.schemas.avro.DeploymentCommand;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deployer's command table as tests see it: a row's state, and a crash left behind. */
final class CommandRows {

    private final JdbcClient jdbc;

    CommandRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the command as a deployer that crashed while acting on it would have left it. */
    void recordActing(DeploymentCommand c) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "INSERT INTO deployer.command (command_id, request_id, plan_id, step_id,"
                                + " environment, action, statement_name, table_name, sql_text,"
                                + " timeout_millis, attempt, state, received_at, started_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTING', ?, ?)")
                .params(
                        c.getCommandId(),
                        c.getRequestId(),
                        c.getPlanId(),
                        c.getStepId(),
                        c.getEnvironment(),
                        c.getAction().name(),
                        c.getStatementName(),
                        c.getTableName(),
                        c.getSql(),
                        c.getTimeoutMillis(),
                        c.getAttempt(),
                        now,
                        now)
                .update();
    }

    /** The command's state: RECEIVED, ACTING or DONE. */
    String state(String commandId) {
        return jdbc.sql("SELECT state FROM deployer.command WHERE command_id = ?")
                .param(commandId)
                .query(String.class)
                .single();
    }
}
