package io.shiftleft.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.table.gateway.SqlGateway;
import org.apache.flink.table.gateway.service.context.DefaultContext;
import org.apache.flink.table.gateway.service.session.SessionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Flink MiniCluster and a Flink SQL Gateway in one JVM, both bound to the loopback address.
 *
 * <p>Options ({@code --name=value}, or the system property {@code shiftleft.<name>}):
 *
 * <ul>
 *   <li>{@code flink-rest-port} (default 18081): the Flink REST API of the MiniCluster;
 *   <li>{@code sql-gateway-port} (default 18083): the SQL Gateway REST endpoint;
 *   <li>{@code data-dir} (default {@code ./data}): temporary files, checkpoints and savepoints;
 *   <li>{@code slots} (default 16): task slots of the single TaskManager (one per running job);
 *   <li>{@code host} (default 127.0.0.1): the address every endpoint binds to.
 * </ul>
 *
 * <p>The JVM runs until it receives SIGTERM (or SIGINT); a shutdown hook then stops the gateway and
 * closes the cluster, which cancels the running jobs.
 */
public final class FlinkSqlGatewayLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(FlinkSqlGatewayLauncher.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private FlinkSqlGatewayLauncher() {}

    /**
     * Starts the cluster and the gateway, then blocks until the JVM shuts down.
     *
     * @param args options as described in the class documentation
     * @throws Exception if the launcher is interrupted while waiting
     */
    public static void main(String[] args) throws Exception {
        LauncherOptions options = LauncherOptions.parse(args);
        String host = options.text("host", "127.0.0.1");
        int restPort = options.port("flink-rest-port", 18081);
        int gatewayPort = options.port("sql-gateway-port", 18083);
        int slots = options.port("slots", 16);
        Path dataDir = options.path("data-dir", "data");

        MiniCluster cluster = null;
        SqlGateway gateway = null;
        try {
            cluster =
                    new MiniCluster(
                            miniClusterConfiguration(
                                    clusterConfiguration(host, restPort, slots, dataDir), slots));
            cluster.start();
            URI rest = cluster.getRestAddress().get();
            Configuration gatewayConf = gatewayConfiguration(host, gatewayPort, rest);
            gateway =
                    new SqlGateway(
                            gatewayConf,
                            SessionManager.create(new DefaultContext(gatewayConf, List.of())));
            gateway.start();
        } catch (Exception | LinkageError e) {
            LOG.error("Flink MiniCluster / SQL Gateway failed to start", e);
            stop(gateway, cluster);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        MiniCluster runningCluster = cluster;
        SqlGateway runningGateway = gateway;
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    LOG.info("Shutting down SQL Gateway and MiniCluster");
                                    stop(runningGateway, runningCluster);
                                    stopped.countDown();
                                },
                                "shift-left-flink-shutdown"));
        LOG.info(
                "shift-left flink ready: flinkRest=http://{}:{} sqlGateway=http://{}:{} slots={}"
                        + " dataDir={}",
                host,
                restPort,
                host,
                gatewayPort,
                slots,
                dataDir);
        stopped.await();
    }

    private static Configuration clusterConfiguration(
            String host, int restPort, int slots, Path dataDir) throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Path checkpoints = Files.createDirectories(dataDir.resolve("checkpoints"));
        Path savepoints = Files.createDirectories(dataDir.resolve("savepoints"));

        Configuration conf = new Configuration();
        conf.set(RestOptions.ADDRESS, host);
        conf.set(RestOptions.BIND_ADDRESS, host);
        conf.set(RestOptions.PORT, restPort);
        conf.set(JobManagerOptions.ADDRESS, host);
        conf.set(JobManagerOptions.BIND_HOST, host);
        conf.set(TaskManagerOptions.HOST, host);
        conf.set(TaskManagerOptions.BIND_HOST, host);
        // One TaskManager, many small slots: every streaming INSERT holds a slot while it runs.
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.ofMebiBytes(64));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.ofMebiBytes(64));
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(128));
        conf.set(CoreOptions.TMP_DIRS, tmp.toString());
        conf.set(WebOptions.TMP_DIR, tmp.toString());
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, savepoints.toUri().toString());
        return conf;
    }

    private static MiniClusterConfiguration miniClusterConfiguration(
            Configuration conf, int slots) {
        return new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build();
    }

    private static Configuration gatewayConfiguration(String host, int gatewayPort, URI rest) {
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, "remote");
        conf.set(RestOptions.ADDRESS, rest.getHost());
        conf.set(RestOptions.PORT, rest.getPort());
        conf.set(CoreOptions.DEFAULT_PARALLELISM, 1);
        conf.setString("sql-gateway.endpoint.rest.address", host);
        conf.setString("sql-gateway.endpoint.rest.bind-address", host);
        conf.setString("sql-gateway.endpoint.rest.port", Integer.toString(gatewayPort));
        return conf;
    }

    private static void stop(SqlGateway gateway, MiniCluster cluster) {
        if (gateway != null) {
            try {
                gateway.stop();
            } catch (RuntimeException e) {
                LOG.warn("SQL Gateway did not stop cleanly", e);
            }
        }
        if (cluster != null) {
            try {
                cluster.closeAsync().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("MiniCluster did not close cleanly", e);
            }
        }
    }
}
