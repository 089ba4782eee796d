package io.shiftleft.deployer;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The planner's side of the contract, for tests: sends deployment commands keyed by statement name
 * and reads command results, keeping every result seen by command id.
 */
final class CommandTraffic implements AutoCloseable {

    private static final Topics TOPICS = Topics.withDefaultPrefix();

    private final KafkaProducer<String, Object> producer;
    private final KafkaConsumer<String, Object> consumer;
    private final Map<String, List<CommandResult>> results = new HashMap<>();

    CommandTraffic(String brokers) {
        this.producer = TestKafkaClients.avroProducer(brokers);
        this.consumer = TestKafkaClients.avroConsumer(brokers);
        consumer.subscribe(List.of(TOPICS.commandResults()));
    }

    /** Sends the command and waits for the broker's acknowledgement. */
    DeploymentCommand send(DeploymentCommand command) throws Exception {
        producer.send(
                        new ProducerRecord<>(
                                TOPICS.deploymentCommands(), command.getStatementName(), command))
                .get();
        return command;
    }

    /** Sends the command and answers its (first) result. */
    CommandResult execute(DeploymentCommand command, Duration timeout) throws Exception {
        send(command);
        return await(command.getCommandId(), 1, timeout).get(0);
    }

    /** Waits until {@code count} results of the command arrived; answers them in order. */
    List<CommandResult> await(String commandId, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (results.getOrDefault(commandId, List.of()).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "Got "
                                + results.getOrDefault(commandId, List.of()).size()
                                + " of "
                                + count
                                + " results of command "
                                + commandId
                                + " within "
                                + timeout);
            }
            for (ConsumerRecord<String, Object> r : consumer.poll(Duration.ofMillis(200))) {
                CommandResult result = (CommandResult) r.value();
                results.computeIfAbsent(result.getCommandId(), k -> new ArrayList<>()).add(result);
            }
        }
        return List.copyOf(results.get(commandId));
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
