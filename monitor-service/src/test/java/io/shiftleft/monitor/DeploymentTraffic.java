package io.shiftleft.monitor;

import io.shiftleft.platform.SqlHash;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the planner and the deployer say on Kafka when a statement is deployed: the command on
 * {@code deployment-commands} and its result on {@code command-results}.
 */
final class DeploymentTraffic implements AutoCloseable {

    private static final Topics TOPICS = Topics.withDefaultPrefix();

    private final String environment;
    private final KafkaProducer<String, Object> producer =
            TestKafkaClients.avroProducer(TestKafka.bootstrapServers());

    DeploymentTraffic(String environment) {
        this.environment = environment;
    }

    /** A RUN_DML of the statement and its SUCCEEDED result with the job id. */
    void deployed(String name, String table, String product, String sql, String jobId)
            throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String commandId = UUID.randomUUID().toString();
        DeploymentCommand command =
                DeploymentCommand.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(now)
                        .setRequestId("req-" + name)
                        .setPlanId("plan-" + name)
                        .setCommandId(commandId)
                        .setStepId(table)
                        .setEnvironment(environment)
                        .setAction(StepAction.RUN_DML)
                        .setTableName(table)
                        .setProductName(product)
                        .setStatementName(name)
                        .setSql(sql)
                        .setSqlHash(SqlHash.of(sql))
                        .build();
        CommandResult result =
                CommandResult.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(now)
                        .setRequestId("req-" + name)
                        .setPlanId("plan-" + name)
                        .setCommandId(commandId)
                        .setStepId(table)
                        .setEnvironment(environment)
                        .setStatementName(name)
                        .setOutcome(CommandOutcome.SUCCEEDED)
                        .setPhase(StatementPhase.RUNNING)
                        .setPlatformId(jobId)
                        .setStartedAt(now)
                        .setFinishedAt(now)
                        .build();
        producer.send(new ProducerRecord<>(TOPICS.deploymentCommands(), name, command)).get();
        producer.send(new ProducerRecord<>(TOPICS.commandResults(), "plan-" + name, result)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
