package io.shiftleft.platform.apache;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.table.gateway.SqlGateway;
import org.apache.flink.table.gateway.service.context.DefaultContext;
import org.apache.flink.table.gateway.service.session.SessionManager;

/**
 * A Flink MiniCluster (one TaskManager, a few slots, parallelism 1) and its SQL Gateway in the test
 * JVM, both on free loopback ports, with savepoints in a temporary folder and metrics refreshed
 * every half second. One per test class; {@link #close()} stops both.
 */
final class TestFlinkCluster implements AutoCloseable {

    private static final int SLOTS = 6;

    private final MiniCluster cluster;
    private final SqlGateway gateway;
    private final URI restUrl;
    private final URI gatewayUrl;
    private final Path savepoints;

    private TestFlinkCluster(
            MiniCluster cluster, SqlGateway gateway, URI restUrl, URI gatewayUrl, Path savepoints) {
        this.cluster = cluster;
        this.gateway = gateway;
        this.restUrl = restUrl;
        this.gatewayUrl = gatewayUrl;
        this.savepoints = savepoints;
    }

    static TestFlinkCluster start(Path dir) throws Exception {
        Path savepoints = Files.createDirectories(dir.resolve("savepoints"));
        Configuration conf = new Configuration();
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, "0");
        conf.set(JobManagerOptions.ADDRESS, "127.0.0.1");
        conf.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, SLOTS);
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.ofMebiBytes(64));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.ofMebiBytes(64));
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        conf.set(CoreOptions.TMP_DIRS, tmp.toString());
        conf.set(WebOptions.TMP_DIR, tmp.toString());
        conf.set(WebOptions.UPLOAD_DIR, tmp.toString());
        conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, savepoints.toUri().toString());
        conf.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofMillis(500));
        MiniCluster cluster =
                new MiniCluster(
                        new MiniClusterConfiguration.Builder()
                                .setConfiguration(conf)
                                .setNumTaskManagers(1)
                                .setNumSlotsPerTaskManager(SLOTS)
                                .build());
        SqlGateway gateway = null;
        try {
            cluster.start();
            URI rest = cluster.getRestAddress().get(30, TimeUnit.SECONDS);
            int gatewayPort = freePort();
            Configuration gw = new Configuration();
            gw.set(DeploymentOptions.TARGET, "remote");
            gw.set(RestOptions.ADDRESS, rest.getHost());
            gw.set(RestOptions.PORT, rest.getPort());
            gw.set(CoreOptions.DEFAULT_PARALLELISM, 1);
            gw.set(WebOptions.UPLOAD_DIR, tmp.toString());
            gw.set(WebOptions.TMP_DIR, tmp.toString());
            gw.setString("sql-gateway.endpoint.rest.address", "127.0.0.1");
            gw.setString("sql-gateway.endpoint.rest.bind-address", "127.0.0.1");
            gw.setString("sql-gateway.endpoint.rest.port", Integer.toString(gatewayPort));
            gateway = new SqlGateway(gw, SessionManager.create(new DefaultContext(gw, List.of())));
            gateway.start();
            return new TestFlinkCluster(
                    cluster,
                    gateway,
                    URI.create("http://127.0.0.1:" + rest.getPort()),
                    URI.create("http://127.0.0.1:" + gatewayPort),
                    savepoints);
        } catch (Exception | LinkageError e) {
            if (gateway != null) {
                gateway.stop();
            }
            cluster.close();
            throw e;
        }
    }

    URI restUrl() {
        return restUrl;
    }

    URI gatewayUrl() {
        return gatewayUrl;
    }

    Path savepoints() {
        return savepoints;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            gateway.stop();
        } finally {
            cluster.closeAsync().get(60, TimeUnit.SECONDS);
        }
    }
}
