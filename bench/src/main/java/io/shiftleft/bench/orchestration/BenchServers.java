package io.shiftleft.bench.orchestration;

import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * What the two services run on, all on loopback and free ports: a KRaft Kafka broker and the fake
 * Confluent Cloud in this JVM, PostgreSQL from embedded binaries (its own processes) and Apicurio
 * Registry as a child process (stopped when this JVM exits). The fake answers with no delay: a
 * statement is PENDING in the create's answer and RUNNING or COMPLETED at the first read, and a
 * deleted one is gone at the first read.
 */
final class BenchServers implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;
    private final Path postgresData;
    private final FakeConfluentCloud cloud;
    private final String registryUrl;
    private final boolean separateDatabases;

    private BenchServers(
            EmbeddedKafkaKraftBroker kafka,
            EmbeddedPostgres postgres,
            Path postgresData,
            FakeConfluentCloud cloud,
            String registryUrl,
            boolean separateDatabases) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.postgresData = postgresData;
        this.cloud = cloud;
        this.registryUrl = registryUrl;
        this.separateDatabases = separateDatabases;
    }

    /** Starts everything; what started is stopped again if a later part fails. */
    static BenchServers start(BenchOptions options, Path workDir, Path registryHome) {
        if (System.getProperty("shiftleft.test.registry.home") == null) {
            System.setProperty("shiftleft.test.registry.home", registryHome.toString());
        }
        String registry = TestSchemaRegistry.get().url();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        EmbeddedPostgres postgres = null;
        try {
            Path data = workDir.resolve("postgres");
            postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(data)
                            .setCleanDataDirectory(true)
                            .setServerConfig("synchronous_commit", options.durable() ? "on" : "off")
                            .setServerConfig("max_connections", "300")
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .start();
            if (options.separateDatabases()) {
                try (Connection c =
                                DriverManager.getConnection(
                                        postgres.getJdbcUrl("postgres", "postgres"));
                        Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE planner");
                    s.execute("CREATE DATABASE deployer");
                }
            }
            FakeConfluentCloud cloud = FakeConfluentCloud.start(Clock.systemUTC());
            cloud.recordRequests(false);
            BenchServers servers =
                    new BenchServers(
                            kafka, postgres, data, cloud, registry, options.separateDatabases());
            servers.emptyTheCloud();
            return servers;
        } catch (IOException | SQLException | RuntimeException e) {
            kafka.destroy();
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            throw new IllegalStateException("The bench's servers did not start: " + e, e);
        }
    }

    String bootstrapServers() {
        return kafka.getBrokersAsString();
    }

    String registryUrl() {
        return registryUrl;
    }

    FakeConfluentCloud cloud() {
        return cloud;
    }

    /** JDBC URL of the database a service uses ({@code planner} or {@code deployer}). */
    String jdbcUrl(String service) {
        return postgres.getJdbcUrl("postgres", separateDatabases ? service : "postgres");
    }

    /** Forgets every statement and sets the delays to zero again (clearing restores 2 s). */
    void emptyTheCloud() {
        cloud.statements().clear();
        cloud.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The PostgreSQL server's main process, from {@code postmaster.pid}. */
    OptionalLong postmasterPid() {
        try {
            String first = Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0);
            return OptionalLong.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        cloud.close();
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
