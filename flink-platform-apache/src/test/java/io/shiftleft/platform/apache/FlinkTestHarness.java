package io.shiftleft.platform.apache;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The public face of {@link TestFlinkCluster} for other modules' tests (through this module's test
 * jar): a Flink MiniCluster and its SQL Gateway in the test JVM, on free loopback ports, with
 * savepoints in a temporary folder deleted on close.
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
        Path dir = Files.createTempDirectory("flink-harness");
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

    /** Where stops write their savepoints. */
    public Path savepoints() {
        return cluster.savepoints();
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
