package io.shiftleft.planner.testing;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/** Every deployment event published, read by a plain consumer in the background. */
public final class EventLog implements AutoCloseable {

    private final KafkaConsumer<String, Object> consumer;
    private final List<ConsumerRecord<String, Object>> records = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private final Thread worker;

    public EventLog(String brokers, Topics topics) {
        consumer = TestKafkaClients.avroConsumer(brokers);
        consumer.subscribe(List.of(topics.deploymentEvents()));
        worker = new Thread(this::loop, "event-log");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, Object>> records() {
        return List.copyOf(records);
    }

    /** The events of a plan (keyed by its id), in order. */
    public List<DeploymentEvent> ofPlan(String planId) {
        return records.stream()
                .filter(r -> planId.equals(r.key()))
                .map(r -> (DeploymentEvent) r.value())
                .toList();
    }

    /** The types of a plan's events, in order. */
    public List<DeploymentEventType> typesOf(String planId) {
        return ofPlan(planId).stream().map(DeploymentEvent::getType).toList();
    }

    /** Waits for the first record that matches. */
    public ConsumerRecord<String, Object> await(
            Predicate<ConsumerRecord<String, Object>> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, Object> r : records) {
                if (match.test(r)) {
                    return r;
                }
            }
            sleep(50);
        }
        throw new AssertionError(
                "No matching deployment event within " + timeout + "; read " + records.size());
    }

    /** Waits for an event of the plan with the given type. */
    public DeploymentEvent await(String planId, DeploymentEventType type, Duration timeout) {
        try {
            return (DeploymentEvent)
                    await(
                                    r ->
                                            planId.equals(r.key())
                                                    && ((DeploymentEvent) r.value()).getType()
                                                            == type,
                                    timeout)
                            .value();
        } catch (AssertionError e) {
            throw new AssertionError(
                    "No "
                            + type
                            + " for plan "
                            + planId
                            + " within "
                            + timeout
                            + "; it had "
                            + typesOf(planId),
                    e);
        }
    }

    /** The last record keyed by the request id (REQUEST_ACCEPTED or REQUEST_REJECTED). */
    public DeploymentEvent answerTo(String requestId, Duration timeout) {
        await(r -> requestId.equals(r.key()), timeout);
        return records.stream()
                .filter(r -> requestId.equals(r.key()))
                .map(r -> (DeploymentEvent) r.value())
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
    }
}
