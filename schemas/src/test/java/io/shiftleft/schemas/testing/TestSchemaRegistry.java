package io.shiftleft.schemas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real schema registry for tests: Apicurio Registry, unpacked by the build into the folder named
 * by the system property {@code shiftleft.test.registry.home}, started once per test JVM as a child
 * process on free loopback ports and stopped when the JVM exits. Tests use its Confluent-compatible
 * API through {@link #url()}.
 */
public final class TestSchemaRegistry {

    private static TestSchemaRegistry instance;

    private final Process process;
    private final String url;
    private final Path log;

    private TestSchemaRegistry(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The shared registry, started on first use. */
    public static synchronized TestSchemaRegistry get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-test-registry"));
        }
        return instance;
    }

    /** Base URL of the Confluent-compatible API, for {@code schema.registry.url}. */
    public String url() {
        return url;
    }

    private static TestSchemaRegistry start() {
        String home = System.getProperty("shiftleft.test.registry.home");
        if (home == null) {
            throw new IllegalStateException(
                    "System property shiftleft.test.registry.home is not set: declare"
                            + " maven-dependency-plugin (execution unpack-test-registry) in the"
                            + " module's pom");
        }
        Path dir = Path.of(home);
        Path jar;
        try (Stream<Path> files = Files.list(dir)) {
            jar =
                    files.filter(p -> p.getFileName().toString().endsWith("-runner.jar"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "No Apicurio runner jar in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = dir.resolve("registry-" + port + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                List.of(
                        java,
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.management.host=127.0.0.1",
                        "-Dquarkus.management.port=" + managementPort,
                        "-jar",
                        jar.toString());
        try {
            Process process =
                    new ProcessBuilder(command)
                            .directory(dir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            String url = "http://127.0.0.1:" + port + "/apis/ccompat/v7";
            awaitReady(process, url, log);
            return new TestSchemaRegistry(process, url, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Apicurio Registry from " + jar, e);
        }
    }

    private static void awaitReady(Process process, String url, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Apicurio Registry exited with code "
                                + process.exitValue()
                                + " during start-up; see "
                                + log);
            }
            try {
                HttpResponse<Void> response =
                        client.send(
                                HttpRequest.newBuilder(URI.create(url + "/subjects")).build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the registry", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the registry", e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Apicurio Registry was not ready within 90 s; see " + log);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A free loopback port (bind to 0, read it, release it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    @Override
    public String toString() {
        return "TestSchemaRegistry[" + url + ", log " + log + "]";
    }
}
