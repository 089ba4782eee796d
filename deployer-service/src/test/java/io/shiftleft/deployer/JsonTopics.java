package io.shiftleft.deployer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The data side of a pipeline under test: topics of JSON lines that Flink's Kafka tables read and
 * write, and the DDL of such a table.
 */
final class JsonTopics {

    private final String brokers;

    JsonTopics(String brokers) {
        this.brokers = brokers;
    }

    /** Creates a one-partition topic. */
    void create(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", brokers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    /** The DDL of a Kafka table {@code (id INT, name STRING)} in JSON over the topic. */
    String tableDdl(String table, String topic) {
        return "CREATE TABLE "
                + table
                + " (id INT, name STRING) WITH ('connector' = 'kafka', 'topic' = '"
                + topic
                + "', 'properties.bootstrap.servers' = '"
                + brokers
                + "', 'scan.startup.mode' = 'earliest-offset', 'format' = 'json')";
    }

    /** Records {@code {"id":i,"name":"n<i>"}} for i from {@code from} to {@code to}. */
    static List<String> records(int from, int to) {
        List<String> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add("{\"id\":" + i + ",\"name\":\"n" + i + "\"}");
        }
        return values;
    }

    void produce(String topic, List<String> values) throws Exception {
        Map<String, Object> config =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ProducerConfig.ACKS_CONFIG,
                        "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get();
            }
        }
    }

    /**
     * Reads the topic from its start until {@code count} records arrived or the timeout passed,
     * then a little longer to catch duplicates; answers every value read.
     */
    List<String> read(String topic, int count, Duration timeout) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest");
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                values.add(r.value());
            }
        }
        return values;
    }
}
