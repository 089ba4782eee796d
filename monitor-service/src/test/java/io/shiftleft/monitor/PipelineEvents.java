package io.shiftleft.monitor;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Everything on {@code pipeline-events} since the start of the topic, read by a consumer of its own
 * in the background, as a subscriber downstream would see it, with the time each arrived.
 */
public final class PipelineEvents implements AutoCloseable {

    /** One event as received. */
    public record Received(String key, PipelineEvent event, Instant at) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean open = true;

    public PipelineEvents() {
        reader = new Thread(this::read, "test-pipeline-events");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (KafkaConsumer<String, Object> consumer =
                TestKafkaClients.avroConsumer(TestKafka.bootstrapServers())) {
            consumer.subscribe(List.of(Topics.withDefaultPrefix().pipelineEvents()));
            while (open) {
                for (ConsumerRecord<String, Object> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.value() instanceof PipelineEvent e) {
                        received.add(new Received(r.key(), e, Instant.now()));
                    }
                }
            }
        }
    }

    /** The events received so far that match. */
    public List<Received> matching(Predicate<PipelineEvent> match) {
        return received.stream().filter(r -> match.test(r.event())).toList();
    }

    /** Waits for the first event that matches. */
    public Received await(Predicate<PipelineEvent> match, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Received> found = matching(match);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "No matching event on pipeline-events within "
                        + timeout
                        + "; received "
                        + received.stream().map(r -> r.event().toString()).toList());
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(5_000);
    }
}
