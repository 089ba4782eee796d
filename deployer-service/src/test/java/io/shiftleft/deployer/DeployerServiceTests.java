package io.shiftleft.deployer;

import static io.shiftleft.support.testing.TestKafkaClients.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The deployer on real parts, without a platform for the environments used: every command is
 * answered (REJECTED, naming the setting to add) once, and repeats get the same answer.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeployerServiceTests extends ServiceContractTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired JdbcClient jdbc;

    @Test
    void answersACommandForAnEnvironmentWithoutPlatformWithARejection() throws Exception {
        DeploymentCommand command = command("plan-" + UUID.randomUUID(), "staging");

        try (KafkaProducer<String, Object> producer = TestKafkaClients.avroProducer(brokers);
                KafkaConsumer<String, Object> results = TestKafkaClients.avroConsumer(brokers)) {
            producer.send(
                            new ProducerRecord<>(
                                    TOPICS.deploymentCommands(),
                                    command.getStatementName(),
                                    command))
                    .get();
            results.subscribe(List.of(TOPICS.commandResults()));
            CommandResult result = resultFor(results, command.getPlanId());

            assertThat(result.getCommandId()).isEqualTo(command.getCommandId());
            assertThat(result.getOutcome()).isEqualTo(CommandOutcome.REJECTED);
            assertThat(result.getDetail()).contains("deployer.platforms.staging");
            assertThat(result.getPhase().name()).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void recordsARedeliveredCommandOnceAndRepeatsItsAnswer() throws Exception {
        DeploymentCommand command = command("plan-" + UUID.randomUUID(), "dev");

        try (KafkaProducer<String, Object> producer = TestKafkaClients.avroProducer(brokers);
                KafkaConsumer<String, Object> results = TestKafkaClients.avroConsumer(brokers)) {
            results.subscribe(List.of(TOPICS.commandResults()));
            producer.send(new ProducerRecord<>(TOPICS.deploymentCommands(), "s", command)).get();
            CommandResult first = resultFor(results, command.getPlanId());
            producer.send(new ProducerRecord<>(TOPICS.deploymentCommands(), "s", command)).get();
            CommandResult second = resultFor(results, command.getPlanId());

            assertThat(second.getEventId()).isEqualTo(first.getEventId());
            assertThat(second.getStartedAt()).isEqualTo(first.getStartedAt());
            assertThat(
                            jdbc.sql("select count(*) from deployer.command where command_id = ?")
                                    .param(command.getCommandId())
                                    .query(Long.class)
                                    .single())
                    .isEqualTo(1L);
        }
    }

    private static CommandResult resultFor(KafkaConsumer<String, Object> results, String planId) {
        List<ConsumerRecord<String, Object>> seen =
                pollUntil(results, r -> planId.equals(r.key()), WAIT);
        return (CommandResult) seen.get(seen.size() - 1).value();
    }

    private static DeploymentCommand command(String planId, String environment) {
        return DeploymentCommand.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("req-1")
                .setPlanId(planId)
                .setCommandId("cmd-" + UUID.randomUUID())
                .setStepId("step-1")
                .setEnvironment(environment)
                .setAction(StepAction.RUN_DML)
                .setTableName("fct_orders")
                .setStatementName("dev-dml-fct-orders")
                .setSql("INSERT INTO fct_orders SELECT * FROM src_orders")
                .build();
    }
}
