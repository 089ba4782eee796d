package io.shiftleft.support.testing;

import org.junit.jupiter.api.Assumptions;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka broker of the service tests, one per test JVM: an embedded KRaft broker by default, or
 * Testcontainers' Kafka when the system property {@code shiftleft.test.kafka} is {@code
 * testcontainers} (Maven profile {@code testcontainers}). Without a Docker engine the latter skips
 * the calling test class through a JUnit assumption instead of failing it.
 */
public final class TestKafka {

    /** Kafka image used with Testcontainers: the broker version the build's clients use. */
    public static final String IMAGE = "apache/kafka:4.1.2";

    private static String bootstrapServers;

    private TestKafka() {}

    /** Starts the broker on first use and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers =
                    "testcontainers".equals(System.getProperty("shiftleft.test.kafka"))
                            ? startContainer()
                            : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-test-kafka"));
        return broker.getBrokersAsString();
    }

    private static String startContainer() {
        Assumptions.assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine here: the Testcontainers Kafka variant is skipped");
        KafkaContainer kafka = new KafkaContainer(IMAGE);
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "stop-test-kafka"));
        return kafka.getBootstrapServers();
    }
}
