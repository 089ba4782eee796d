package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementMetrics;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs on a real Flink with Kafka: records flow from a source topic to a sink topic and the metrics
 * count them; a stop with a savepoint and a resume continue where the job left off; jobs cancelled
 * or failed outside the adapter show as such.
 */
class JobLifecycleTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static TestStack stack;
    private static InMemoryStatementStore store;
    private static ApacheFlinkPlatform platform;
    private static int counter;

    @BeforeAll
    static void startFlink() throws Exception {
        stack = TestStack.start();
        store = new InMemoryStatementStore();
        platform = stack.platform(store);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void deleteWhatTheTestMade() {
        store.findAll().forEach(s -> platform.delete(s.name()));
    }

    @Test
    void movesRecordsFromTheSourceTopicToTheSinkTopicAndCountsThem() {
        Pipe pipe = runningPipe();

        stack.kafka().produce(pipe.source, records(1, 5));
        List<String> written = stack.kafka().readAll(pipe.sink, 5, WAIT);
        StatementMetrics metrics = awaitMetrics(pipe.dml, 5);

        assertThat(written).containsExactlyInAnyOrderElementsOf(records(1, 5));
        assertThat(metrics.recordsIn().getAsLong()).isEqualTo(5);
        assertThat(metrics.recordsOut().getAsLong()).isEqualTo(5);
        assertThat(metrics.pendingRecords()).isPresent();
        assertThat(metrics.backpressure()).isPresent();
        assertThat(metrics.cfuUsed()).isEmpty();
    }

    @Test
    void resumesFromTheSavepointItsStopWrote() throws Exception {
        Pipe pipe = runningPipe();
        stack.kafka().produce(pipe.source, records(1, 3));
        assertThat(stack.kafka().readAll(pipe.sink, 3, WAIT)).hasSize(3);
        String firstJob = platform.get(pipe.dml).orElseThrow().platformId().orElseThrow();

        platform.stop(pipe.dml, StopMode.SAVEPOINT);
        StatementStatus stopped =
                platform.awaitPhase(pipe.dml, Set.of(StatementPhase.STOPPED), WAIT);
        String savepoint = store.find(pipe.dml).orElseThrow().savepointPath().orElseThrow();
        stack.kafka().produce(pipe.source, records(4, 6));
        platform.resume(pipe.dml, ResumeOptions.unchanged());
        StatementStatus resumed =
                platform.awaitPhase(pipe.dml, Set.of(StatementPhase.RUNNING), WAIT);
        List<String> written = stack.kafka().readAll(pipe.sink, 6, WAIT);

        assertThat(stopped.rawPhase()).isEqualTo("FINISHED");
        assertThat(Files.isDirectory(Path.of(URI.create(savepoint)))).isTrue();
        assertThat(resumed.platformId()).isPresent().isNotEqualTo(stopped.platformId());
        assertThat(stopped.platformId()).contains(firstJob);
        assertThat(written).containsExactlyInAnyOrderElementsOf(records(1, 6));
    }

    @Test
    void showsAJobCancelledOutsideTheAdapterAsStopped() throws Exception {
        Pipe pipe = runningPipe();
        String jid = platform.get(pipe.dml).orElseThrow().platformId().orElseThrow();

        HttpResponse<String> cancel =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        stack.flink().restUrl()
                                                                + "/jobs/"
                                                                + jid
                                                                + "?mode=cancel"))
                                        .method("PATCH", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        StatementStatus status =
                platform.awaitPhase(pipe.dml, Set.of(StatementPhase.STOPPED), WAIT);

        assertThat(cancel.statusCode()).isEqualTo(202);
        assertThat(status.rawPhase()).isEqualTo("CANCELED");
        assertThat(status.detail()).contains("cancelled outside");
    }

    @Test
    void showsAJobThatFailedAsFailedWithFlinksMessage() {
        Pipe pipe = runningPipe();

        stack.kafka().produce(pipe.source, List.of("{not json"));
        StatementStatus failed = platform.awaitPhase(pipe.dml, Set.of(StatementPhase.FAILED), WAIT);
        List<StatementError> errors = platform.exceptions(pipe.dml);

        assertThat(failed.rawPhase()).isEqualTo("FAILED");
        assertThat(failed.detail()).contains("Failed to deserialize JSON '{not json'");
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).message()).contains("Failed to deserialize");
        assertThat(errors.get(0).timestamp()).isPresent();
    }

    /** A source table, a sink table, and a running INSERT between them. */
    private record Pipe(String source, String sink, String dml) {}

    private static Pipe runningPipe() {
        String source = table("src");
        String sink = table("snk");
        String dml = name("dml");
        platform.submit(
                StatementSpec.of(dml, "INSERT INTO " + sink + " SELECT id, name FROM " + source));
        platform.awaitPhase(dml, Set.of(StatementPhase.RUNNING), WAIT);
        return new Pipe(source, sink, dml);
    }

    private static String table(String stem) {
        String table = name(stem).replace('-', '_');
        String ddl = name("ddl-" + stem);
        platform.submit(StatementSpec.of(ddl, stack.kafkaTable(table)));
        platform.awaitPhase(ddl, Set.of(StatementPhase.COMPLETED), WAIT);
        return table;
    }

    private static synchronized String name(String stem) {
        return "j" + RUN + "-" + stem + "-" + ++counter;
    }

    private static List<String> records(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> "{\"id\":" + i + ",\"name\":\"n" + i + "\"}")
                .toList();
    }

    /**
     * The metrics once the REST metric fetcher has seen {@code count} records each way and the
     * Kafka source reports its lag (it does after its first fetch).
     */
    private static StatementMetrics awaitMetrics(String dml, long count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        StatementMetrics metrics = platform.metrics(dml);
        while (System.nanoTime() < deadline
                && (metrics.recordsIn().orElse(0) < count
                        || metrics.recordsOut().orElse(0) < count
                        || metrics.pendingRecords().isEmpty())) {
            sleep(250);
            metrics = platform.metrics(dml);
        }
        return metrics;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for metrics", e);
        }
    }
}
