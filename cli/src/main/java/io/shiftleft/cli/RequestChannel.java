package io.shiftleft.cli;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The command line's side of the Kafka contract: sends a request to {@code deploy-requests} and
 * reads {@code deployment-events}, from a position taken before the request went out, so no answer
 * is missed. Close it after use.
 */
final class RequestChannel implements AutoCloseable {

    private final KafkaOptions options;
    private final Topics topics;
    private final KafkaConsumer<String, Object> events;
    private final KafkaProducer<String, Object> producer;

    RequestChannel(KafkaOptions options) {
        this.options = options;
        this.topics = Topics.withPrefix(options.prefix);
        this.events = events();
        this.producer = producer();
    }

    Topics topics() {
        return topics;
    }

    /** Sends a request keyed by its environment and waits until the broker has it. */
    void send(String environment, SpecificRecord request) throws Exception {
        producer.send(new ProducerRecord<>(topics.deployRequests(), environment, request)).get();
    }

    /** The first event keyed by {@code key} that passes the filter, within the wait. */
    Optional<DeploymentEvent> next(String key, Predicate<DeploymentEvent> filter, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            Optional<DeploymentEvent> event = poll(key, filter);
            if (event.isPresent()) {
                return event;
            }
        }
        return Optional.empty();
    }

    /** Events read and not taken yet: those of other keys wait here for their turn. */
    private final List<ConsumerRecord<String, Object>> pending = new ArrayList<>();

    /**
     * One short poll: the oldest event for the key that passes the filter, read now or earlier
     * (events of one plan may come before the answer that names it, on another partition).
     */
    Optional<DeploymentEvent> poll(String key, Predicate<DeploymentEvent> filter) {
        Optional<DeploymentEvent> taken = take(key, filter);
        if (taken.isPresent()) {
            return taken;
        }
        events.poll(Duration.ofMillis(200)).forEach(pending::add);
        return take(key, filter);
    }

    private Optional<DeploymentEvent> take(String key, Predicate<DeploymentEvent> filter) {
        for (Iterator<ConsumerRecord<String, Object>> i = pending.iterator(); i.hasNext(); ) {
            ConsumerRecord<String, Object> record = i.next();
            if (!(record.value() instanceof DeploymentEvent)) {
                i.remove();
            } else if (key.equals(record.key())
                    && record.value() instanceof DeploymentEvent event
                    && filter.test(event)) {
                i.remove();
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            producer.close(Duration.ofSeconds(5));
        } finally {
            events.close(Duration.ofSeconds(5));
        }
    }

    private KafkaProducer<String, Object> producer() {
        AvroWireSerializer values = new AvroWireSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, options.registry), false);
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        options.kafka,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                values);
    }

    /** Subscribed and positioned at the end before the request is sent. */
    private KafkaConsumer<String, Object> events() {
        AvroWireDeserializer values = new AvroWireDeserializer();
        values.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        options.registry,
                        AvroSerdeConfig.SPECIFIC_AVRO_READER,
                        "true"),
                false);
        KafkaConsumer<String, Object> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                options.kafka,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "shift-left-cli-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "latest",
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                "false"),
                        new StringDeserializer(),
                        values);
        consumer.subscribe(List.of(topics.deploymentEvents()));
        Instant deadline = Instant.now().plus(options.wait);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(100));
        }
        // Resolve the end offsets now, before the request goes out.
        consumer.assignment().forEach(consumer::position);
        return consumer;
    }
}
