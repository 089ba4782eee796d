package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.shiftleft.notifier.testing.NotifierApi;
import io.shiftleft.notifier.testing.Signatures;
import io.shiftleft.notifier.testing.TestEvents;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestPostgres;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Delivery speed with the real service in the test JVM (embedded Kafka broker, schema registry,
 * PostgreSQL, a JDK HTTP receiver on loopback answering 200 at once): sustained signed deliveries
 * per second for a burst of events (target at least 2,000/s on 2 cores), and the delay from an
 * event written to Kafka to its first delivery attempt at 500 events/s (target p99 at most 50 ms).
 * Not a unit test: its name keeps it out of {@code mvn verify}; run it with
 *
 * <pre>
 * mvn -o -pl notifier-service verify -Dtest=NotifierDeliveryBenchmark -Dshiftleft.bench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Knobs: {@code bench.burst} (20000 events), {@code bench.rate} (500/s), {@code bench.seconds}
 * (20). The report is printed and written to {@code target/notifier-delivery-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "shiftleft.bench", matches = "true")
class NotifierDeliveryBenchmark {

    private static final int BURST = Integer.getInteger("bench.burst", 20_000);
    private static final int RATE = Integer.getInteger("bench.rate", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final Topics TOPICS = Topics.withDefaultPrefix();

    private final List<String> report = new ArrayList<>();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<long[]> delays = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sampledBad = new AtomicInteger();
    private volatile String secret;

    @Test
    void measuresSignedDeliveriesPerSecondAndDelayToFirstAttempt() throws Exception {
        line(
                "Notifier delivery benchmark: burst %d events, then %d events/s for %d s",
                BURST, RATE, SECONDS);
        line(
                "JVM %s, %d cores, load average at start %s",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), load());
        HttpServer receiver = receiver();
        try (ConfigurableApplicationContext app = start()) {
            String url =
                    "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String env = "bench-" + UUID.randomUUID();
            var sub =
                    new NotifierApi(url)
                            .subscribe(
                                    "{\"url\": \"http://127.0.0.1:"
                                            + receiver.getAddress().getPort()
                                            + "/bench\", \"channel\": \"webhook\", \"environments\": [\""
                                            + env
                                            + "\"]}");
            secret = sub.get("secret").asString();
            try (KafkaProducer<String, Object> producer = producer()) {
                burst(producer, env, 2_000, "warm-up");
                Thread.sleep(5_000);
                burst(producer, env, BURST, "burst");
                // Let the results of the burst be recorded before the paced phase.
                Thread.sleep(10_000);
                paced(producer, env);
            }
            line("signatures checked on 1 request in 50: %d invalid", sampledBad.get());
            assertThat(sampledBad.get()).isZero();
        } finally {
            receiver.stop(0);
        }
        line("load average at end %s", load());
        Files.write(Path.of("target", "notifier-delivery-benchmark.txt"), report);
    }

    private void burst(KafkaProducer<String, Object> producer, String env, int n, String name)
            throws Exception {
        arrivals.clear();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PipelineEvent e =
                    TestEvents.pipeline(
                            env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t" + (i % 100));
            producer.send(new ProducerRecord<>(TOPICS.pipelineEvents(), e.getTableName(), e));
        }
        producer.flush();
        long produced = System.nanoTime();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> arrivals.size() >= n);
        List<Long> times = new ArrayList<>(arrivals.values());
        Collections.sort(times);
        long first = times.get(0);
        long last = times.get(n - 1);
        long p10 = times.get(n / 10);
        long p90 = times.get(n * 9 / 10);
        line(
                "%s: %d events produced in %d ms; %d deliveries acknowledged in %d ms from the first send:"
                        + " %.0f/s overall, %.0f/s first to last delivery, %.0f/s between the 10th and 90th percentile",
                name,
                n,
                (produced - start) / 1_000_000,
                n,
                (last - start) / 1_000_000,
                n * 1e9 / (last - start),
                n * 1e9 / Math.max(1, last - first),
                n * 0.8e9 / Math.max(1, p90 - p10));
    }

    private void paced(KafkaProducer<String, Object> producer, String env) throws Exception {
        delays.clear();
        int n = RATE * SECONDS;
        long start = System.nanoTime();
        long interval = 1_000_000_000L / RATE;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            PipelineEvent e =
                    TestEvents.pipeline(
                            env, PipelineEventType.LAG_HIGH, Severity.WARNING, "p" + (i % 100));
            producer.send(new ProducerRecord<>(TOPICS.pipelineEvents(), e.getTableName(), e));
        }
        producer.flush();
        await().atMost(Duration.ofMinutes(5)).until(() -> delays.size() >= n);
        long[] ms = delays.stream().mapToLong(d -> d[0]).sorted().toArray();
        line(
                "%d events/s for %d s (%d events): delay from the event's timestamp to its first delivery attempt"
                        + " received: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; target p99 <= 50 ms: %s",
                RATE,
                SECONDS,
                n,
                ms[n / 2] / 1000.0,
                ms[n * 9 / 10] / 1000.0,
                ms[n * 99 / 100] / 1000.0,
                ms[n - 1] / 1000.0,
                ms[n * 99 / 100] <= 50_000 ? "met" : "MISSED");
    }

    /** A receiver that notes arrival times and webhook-ids, and checks a sample of signatures. */
    private HttpServer receiver() throws Exception {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(16));
        AtomicInteger seen = new AtomicInteger();
        server.createContext(
                "/",
                exchange -> {
                    long now = System.nanoTime();
                    java.time.Instant wall = Clock.systemUTC().instant();
                    long wallMicros = wall.getEpochSecond() * 1_000_000 + wall.getNano() / 1000;
                    byte[] body;
                    try (InputStream in = exchange.getRequestBody()) {
                        body = in.readAllBytes();
                    }
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    if (arrivals.putIfAbsent(id, now) == null) {
                        String text = new String(body, StandardCharsets.UTF_8);
                        int at = text.indexOf("\"occurred_at\":\"");
                        if (at > 0) {
                            String occurred = text.substring(at + 15, text.indexOf('"', at + 15));
                            java.time.Instant t = java.time.Instant.parse(occurred);
                            delays.add(new long[] {wallMicros - (t.toEpochMilli() * 1000)});
                        }
                        if (seen.incrementAndGet() % 50 == 0
                                && !Signatures.valid(
                                        secret,
                                        id,
                                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                                        text,
                                        exchange.getRequestHeaders()
                                                .getFirst("webhook-signature"))) {
                            sampledBad.incrementAndGet();
                        }
                    }
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        server.start();
        return server;
    }

    private static ConfigurableApplicationContext start() throws Exception {
        String database = "bench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = TestPostgres.get().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.application.name", "notifier-bench");
        all.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        all.put("spring.kafka.properties.schema.registry.url", TestSchemaRegistry.get().url());
        all.put("spring.datasource.url", TestPostgres.get().getJdbcUrl("postgres", database));
        all.put("spring.datasource.username", "postgres");
        all.put("spring.datasource.password", "postgres");
        all.put("shiftleft.kafka.partitions", "1");
        all.put("server.port", "0");
        all.put("notifier.secrets.key", NotifierStack.KEY);
        all.put("notifier.targets.allowed-networks", "127.0.0.0/8");
        all.put("logging.level.io.shiftleft", "WARN");
        all.put("logging.structured.format.console", "");
        all.put("management.tracing.sampling.probability", "0");
        List<String> args = new ArrayList<>();
        all.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(NotifierApplication.class)
                .run(args.toArray(String[]::new));
    }

    /**
     * The Avro producer of the tests, but sending each record at once (linger.ms=0): the delay is
     * measured from the event's timestamp, which should be when it reaches Kafka, not when a
     * producer starts batching it.
     */
    private static KafkaProducer<String, Object> producer() {
        io.shiftleft.schemas.serde.AvroWireSerializer serializer =
                new io.shiftleft.schemas.serde.AvroWireSerializer();
        serializer.configure(
                Map.of(
                        io.shiftleft.schemas.serde.AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        TestSchemaRegistry.get().url()),
                false);
        return new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        TestKafka.bootstrapServers(),
                        "acks",
                        "all",
                        "linger.ms",
                        "0"),
                new org.apache.kafka.common.serialization.StringSerializer(),
                serializer);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[bench] " + text);
    }
}
