package io.shiftleft.bench.platform;

import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.confluent.ConfluentCloudPlatform;
import io.shiftleft.platform.confluent.Pacing;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Confluent Cloud adapter's own cost of a submit-and-await against the fake Statements API with
 * no delay (PENDING in the create's answer, RUNNING at the first read): one statement at a time,
 * 100 statements by 8 threads, and the same two HTTP exchanges sent bare by the JDK client, so the
 * adapter's share is the difference. The fake runs in the same JVM, so its work is in every number.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Benchmark)
public class ConfluentPlatformBenchmark {

    private static final String SQL = "INSERT INTO `sink` SELECT `id` FROM `source`";
    private static final int BATCH = 100;
    private static final int THREADS = 8;

    private FakeConfluentCloud cloud;
    private ConfluentCloudPlatform platform;
    private ExecutorService threads;
    private HttpClient bare;
    private URI collection;
    private String authorization;
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        cloud = FakeConfluentCloud.start(Clock.systemUTC());
        cloud.recordRequests(false);
        platform = new ConfluentCloudPlatform(cloud.settings().build(), Pacing.system());
        threads = Executors.newFixedThreadPool(THREADS);
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        collection =
                URI.create(
                        cloud.baseUrl()
                                + "/sql/v1/organizations/"
                                + FakeConfluentCloud.ORG
                                + "/environments/"
                                + FakeConfluentCloud.ENV
                                + "/statements");
        String pair =
                FakeConfluentCloud.FLINK_KEY.key() + ":" + FakeConfluentCloud.FLINK_KEY.secret();
        authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes());
    }

    /** Each iteration starts with an empty fake and no delays. */
    @Setup(Level.Iteration)
    public void emptyTheFake() {
        cloud.statements().clear();
        cloud.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    @TearDown(Level.Trial)
    public void stop() {
        threads.shutdownNow();
        cloud.close();
    }

    /** One statement: POST, then reads until RUNNING (one read with no delay). */
    @Benchmark
    public StatementStatus submitAndAwaitOne() {
        return submitAndAwait();
    }

    /** 100 statements submitted and awaited by 8 threads; the time is for all 100. */
    @Benchmark
    public int submitAndAwaitHundredOnEightThreads() throws Exception {
        List<Future<StatementStatus>> done = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            done.add(threads.submit(this::submitAndAwait));
        }
        int running = 0;
        for (Future<StatementStatus> f : done) {
            running += f.get().phase() == StatementPhase.RUNNING ? 1 : 0;
        }
        if (running != BATCH) {
            throw new IllegalStateException(
                    "Only " + running + " of " + BATCH + " statements reached RUNNING");
        }
        return running;
    }

    /** The floor: the same POST and GET with the bare JDK client, no adapter. */
    @Benchmark
    public int bareHttpPostAndGet() throws Exception {
        String name = "bare-" + ids.incrementAndGet();
        String body =
                "{\"name\":\""
                        + name
                        + "\",\"spec\":{\"statement\":\""
                        + SQL.replace("`", "")
                        + "\",\"properties\":{},\"stopped\":false}}";
        HttpResponse<String> created =
                bare.send(
                        HttpRequest.newBuilder(collection)
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read =
                bare.send(
                        HttpRequest.newBuilder(URI.create(collection + "/" + name))
                                .header("Authorization", authorization)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return created.statusCode() + read.statusCode();
    }

    private StatementStatus submitAndAwait() {
        String name = "bench-" + ids.incrementAndGet();
        platform.submit(StatementSpec.of(name, SQL));
        return platform.awaitPhase(name, Set.of(StatementPhase.RUNNING), Duration.ofSeconds(30));
    }
}
