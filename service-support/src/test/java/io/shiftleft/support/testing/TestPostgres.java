package io.shiftleft.support.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server for tests (the zonky embedded binaries), started once per test JVM and
 * stopped when it exits. Each service migrates its own schema into it, as in production.
 */
public final class TestPostgres {

    private static EmbeddedPostgres instance;

    private TestPostgres() {}

    /** The shared server, started on first use. */
    public static synchronized EmbeddedPostgres get() {
        if (instance == null) {
            try {
                instance = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = instance;
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            started.close();
                                        } catch (IOException e) {
                                            // the JVM is exiting; nothing left to do
                                        }
                                    },
                                    "stop-test-postgres"));
        }
        return instance;
    }

    /** JDBC URL of the {@code postgres} database. */
    public static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
