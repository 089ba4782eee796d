package io.shiftleft.platform.apache;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The monitor's door to the Apache adapter's test harness (its test jar): a Flink MiniCluster and
 * its SQL Gateway in the test JVM ({@code TestFlinkCluster}, package-private there, hence this
 * class in the same package), on free loopback ports.
 */
public final class FlinkTestHarness implements AutoCloseable {

    private final Path dir;
    private final TestFlinkCluster cluster;

    private FlinkTestHarness(Path dir, TestFlinkCluster cluster) {
        this.dir = dir;
        this.cluster = cluster;
    }

    /** Starts a MiniCluster and its gateway. */
    public static FlinkTestHarness start() throws Exception {
        Path dir = Files.createTempDirectory("monitor-flink");
        return new FlinkTestHarness(dir, TestFlinkCluster.start(dir));
    }

    /** The SQL Gateway REST endpoint. */
    public URI gatewayUrl() {
        return cluster.gatewayUrl();
    }

    /** The JobManager REST API. */
    public URI restUrl() {
        return cluster.restUrl();
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.close();
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
