package io.shiftleft.platform.apache;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * What a test class of this module runs against: a Kafka broker and a Flink MiniCluster with its
 * SQL Gateway, all in the test JVM, plus adapters with tight polling and Kafka tables (JSON) whose
 * topics exist before their jobs read them.
 */
final class TestStack implements AutoCloseable {

    /** Waits of tests: from 100 ms, capped at 1 s. */
    static final Backoff FAST =
            new Backoff(Duration.ofMillis(100), 1.5, 0.1, Duration.ofSeconds(1));

    private final Path dir;
    private final TestKafkaBroker kafka;
    private final TestFlinkCluster flink;

    private TestStack(Path dir, TestKafkaBroker kafka, TestFlinkCluster flink) {
        this.dir = dir;
        this.kafka = kafka;
        this.flink = flink;
    }

    static TestStack start() throws Exception {
        Path dir = Files.createTempDirectory("flink-platform-apache");
        TestKafkaBroker kafka =
                TestKafkaBroker.start(Files.createDirectories(dir.resolve("kafka")));
        try {
            return new TestStack(dir, kafka, TestFlinkCluster.start(dir));
        } catch (Exception | LinkageError e) {
            kafka.close();
            throw e;
        }
    }

    TestKafkaBroker kafka() {
        return kafka;
    }

    TestFlinkCluster flink() {
        return flink;
    }

    ApacheFlinkSettings settings() {
        return ApacheFlinkSettings.builder(flink.gatewayUrl(), flink.restUrl())
                .pollBackoff(new Backoff(Duration.ofMillis(50), 1.5, 0.1, Duration.ofMillis(500)))
                .build();
    }

    /** An adapter over this stack with the store given and fast polling. */
    ApacheFlinkPlatform platform(StatementStore store) {
        return new ApacheFlinkPlatform(
                settings(),
                store,
                new PhasePoller(
                        Clock.systemUTC(), Sleeper.SYSTEM, FAST, RandomGenerator.getDefault()),
                Clock.systemUTC(),
                Sleeper.SYSTEM);
    }

    /** Creates the topic {@code table} and answers the DDL of a JSON Kafka table over it. */
    String kafkaTable(String table) {
        kafka.createTopic(table);
        return "CREATE TABLE "
                + table
                + " (id INT, name STRING) WITH ("
                + "'connector' = 'kafka', "
                + "'topic' = '"
                + table
                + "', "
                + "'properties.bootstrap.servers' = '"
                + kafka.bootstrapServers()
                + "', "
                + "'scan.startup.mode' = 'earliest-offset', "
                + "'format' = 'json')";
    }

    @Override
    public void close() throws Exception {
        try {
            flink.close();
        } finally {
            try {
                kafka.close();
            } finally {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
