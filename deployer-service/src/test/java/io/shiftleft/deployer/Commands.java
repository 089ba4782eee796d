package io.shiftleft.deployer;

import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StepAction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Builds the deployment commands the tests send, as the planner would. */
final class Commands {

    private Commands() {}

    /** A command of its own plan and command id, without SQL. */
    static DeploymentCommand.Builder command(
            String environment, StepAction action, String statement, String table) {
        return DeploymentCommand.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("req-" + UUID.randomUUID())
                .setPlanId("plan-" + UUID.randomUUID())
                .setCommandId("cmd-" + UUID.randomUUID())
                .setStepId("step-" + action.name().toLowerCase())
                .setEnvironment(environment)
                .setAction(action)
                .setTableName(table)
                .setStatementName(statement)
                .setProperties(Map.of())
                .setTimeoutMillis(60_000);
    }

    /** A command carrying SQL. */
    static DeploymentCommand.Builder withSql(
            String environment, StepAction action, String statement, String table, String sql) {
        return command(environment, action, statement, table).setSql(sql);
    }

    /** The same command again under a new command id (a new attempt of the planner). */
    static DeploymentCommand again(DeploymentCommand command) {
        return DeploymentCommand.newBuilder(command)
                .setEventId(UUID.randomUUID())
                .setCommandId("cmd-" + UUID.randomUUID())
                .setAttempt(command.getAttempt() + 1)
                .build();
    }
}
