package io.shiftleft.support.testing;

import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests, as an outside system would use them. */
public final class TestKafkaClients {

    private TestKafkaClients() {}

    /** A producer writing Avro values with the project's wire-format serializer. */
    public static KafkaProducer<String, Object> avroProducer(String brokers) {
        AvroWireSerializer serializer = new AvroWireSerializer();
        serializer.configure(registryConfig(false), false);
        return new KafkaProducer<>(producerConfig(brokers), new StringSerializer(), serializer);
    }

    /** A producer writing raw bytes, for poison records. */
    public static KafkaProducer<String, byte[]> rawProducer(String brokers) {
        return new KafkaProducer<>(
                producerConfig(brokers), new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer reading generated Avro classes, from the beginning of its topics. */
    public static KafkaConsumer<String, Object> avroConsumer(String brokers) {
        AvroWireDeserializer deserializer = new AvroWireDeserializer();
        deserializer.configure(registryConfig(true), false);
        return consumer(brokers, deserializer);
    }

    /** A consumer reading raw bytes, from the beginning of its topics. */
    public static KafkaConsumer<String, byte[]> rawConsumer(String brokers) {
        return consumer(brokers, new ByteArrayDeserializer());
    }

    /**
     * Polls until a record matching the predicate arrives or the timeout ends, and returns every
     * record read until then (the matching one last).
     */
    public static <V> List<ConsumerRecord<String, V>> pollUntil(
            KafkaConsumer<String, V> consumer,
            Predicate<ConsumerRecord<String, V>> match,
            Duration timeout) {
        List<ConsumerRecord<String, V>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record);
                if (match.test(record)) {
                    return seen;
                }
            }
        }
        throw new AssertionError(
                "No matching record within " + timeout + "; read " + seen.size() + ": " + seen);
    }

    private static Map<String, Object> registryConfig(boolean specific) {
        return Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                TestSchemaRegistry.get().url(),
                AvroSerdeConfig.SPECIFIC_AVRO_READER,
                String.valueOf(specific));
    }

    private static Map<String, Object> producerConfig(String brokers) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ProducerConfig.ACKS_CONFIG,
                "all");
    }

    private static <V> KafkaConsumer<String, V> consumer(
            String brokers, Deserializer<V> deserializer) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                deserializer);
    }
}
