package io.shiftleft.planner.testing;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A deployer for tests: a plain Kafka consumer of {@code deployment-commands} that answers each
 * command with a {@code CommandResult} on {@code command-results}: SUCCEEDED, FAILED for the
 * statements told to fail, or nothing yet for the commands told to be held until released. Every
 * command received and every answer sent gets a number from one sequence, so tests can check what
 * happened before what.
 */
public final class FakeDeployer implements AutoCloseable {

    /** A command as received, with its record key and sequence number. */
    public record Received(String key, DeploymentCommand command, long seq) {}

    private final Topics topics;
    private final KafkaConsumer<String, Object> consumer;
    private final KafkaProducer<String, Object> producer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Received> held = new ConcurrentHashMap<>();
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, CommandResult> answers = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final AtomicLong seq = new AtomicLong();
    private volatile Predicate<DeploymentCommand> hold = c -> false;
    private volatile boolean running = true;
    private final Thread worker;

    public FakeDeployer(String brokers, Topics topics) {
        this.topics = topics;
        this.consumer = TestKafkaClients.avroConsumer(brokers);
        this.producer = TestKafkaClients.avroProducer(brokers);
        consumer.subscribe(List.of(topics.deploymentCommands()));
        worker = new Thread(this::loop, "fake-deployer");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, Object> r : consumer.poll(Duration.ofMillis(100))) {
                    DeploymentCommand c = (DeploymentCommand) r.value();
                    Received got = new Received(r.key(), c, seq.incrementAndGet());
                    received.add(got);
                    if (hold.test(c)) {
                        held.put(c.getCommandId(), got);
                    } else {
                        answer(
                                c,
                                failing.contains(c.getStatementName())
                                        ? CommandOutcome.FAILED
                                        : CommandOutcome.SUCCEEDED);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Fails every later command on these statements. */
    public void failOn(String... statementNames) {
        failing.addAll(List.of(statementNames));
    }

    /** Holds later commands that match, instead of answering them. */
    public void hold(Predicate<DeploymentCommand> which) {
        hold = which;
    }

    /** Forgets every failure and hold rule (held commands stay held). */
    public void reset() {
        failing.clear();
        hold = c -> false;
    }

    /** The commands held now for a plan, in the order received. */
    public List<Received> held(String planId) {
        return held.values().stream()
                .filter(r -> r.command().getPlanId().equals(planId))
                .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
                .toList();
    }

    /** Forgets every rule and answers every held command with success. */
    public void releaseEverything() {
        reset();
        List.copyOf(held.values()).forEach(r -> release(r, CommandOutcome.SUCCEEDED));
    }

    /** Answers a held command. */
    public void release(Received r, CommandOutcome outcome) {
        held.remove(r.command().getCommandId());
        answer(r.command(), outcome);
    }

    /** Answers every held command of a plan with success. */
    public void releaseAll(String planId) {
        held(planId).forEach(r -> release(r, CommandOutcome.SUCCEEDED));
    }

    /** Every command received for a plan, in order. */
    public List<Received> commands(String planId) {
        return received.stream().filter(r -> r.command().getPlanId().equals(planId)).toList();
    }

    /** Every command received. */
    public int total() {
        return received.size();
    }

    /** The sequence number of a command's answer, or null when not answered. */
    public Long answeredAt(String commandId) {
        return answeredAt.get(commandId);
    }

    /** Sends again every answer already sent for a plan: a redelivery. */
    public int resendAnswers(String planId) {
        List<CommandResult> again = new ArrayList<>();
        answers.values().stream().filter(a -> a.getPlanId().equals(planId)).forEach(again::add);
        again.forEach(this::send);
        return again.size();
    }

    /** Sends a result for a command that was never sent. */
    public void answerUnknown(String planId) {
        send(
                result(
                        planId,
                        "no-such-command-" + UUID.randomUUID(),
                        "nobody",
                        "nothing",
                        "dev",
                        CommandOutcome.SUCCEEDED));
    }

    private void answer(DeploymentCommand c, CommandOutcome outcome) {
        CommandResult result =
                result(
                        c.getPlanId(),
                        c.getCommandId(),
                        c.getStepId(),
                        c.getStatementName(),
                        c.getEnvironment(),
                        outcome);
        result.setRequestId(c.getRequestId());
        send(result);
        answers.put(c.getCommandId(), result);
        answeredAt.put(c.getCommandId(), seq.incrementAndGet());
    }

    private static CommandResult result(
            String planId,
            String commandId,
            String stepId,
            String statement,
            String environment,
            CommandOutcome outcome) {
        Instant now = Instant.now();
        return CommandResult.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now)
                .setRequestId("fake")
                .setPlanId(planId)
                .setCommandId(commandId)
                .setStepId(stepId)
                .setEnvironment(environment)
                .setStatementName(statement)
                .setOutcome(outcome)
                .setPhase(
                        outcome == CommandOutcome.SUCCEEDED
                                ? StatementPhase.RUNNING
                                : StatementPhase.FAILED)
                .setDetail(
                        outcome == CommandOutcome.SUCCEEDED ? null : "the fake deployer failed it")
                .setStartedAt(now)
                .setFinishedAt(now)
                .build();
    }

    private void send(CommandResult result) {
        try {
            producer.send(new ProducerRecord<>(topics.commandResults(), result.getPlanId(), result))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("The fake deployer cannot answer", e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
