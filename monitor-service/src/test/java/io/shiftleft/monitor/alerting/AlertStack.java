package io.shiftleft.monitor.alerting;

import static org.awaitility.Awaitility.await;

import io.shiftleft.monitor.MonitorApp;
import io.shiftleft.monitor.PipelineEvents;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.confluent.ConfluentCloudPlatform;
import io.shiftleft.platform.confluent.Pacing;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alerting tests' world: the fake Confluent Cloud with six managed statements {@code
 * alr-s-0..5} (tables {@code t0..t5}, product shop, one pool at 46 of 50 CFUs), the monitor on it
 * with a rules file, everything on {@code pipeline-events}, and knobs for phases, lag, the pool and
 * deployment steps.
 */
final class AlertStack implements AutoCloseable {

    static final String ENV = "alr";
    static final Duration POLL = Duration.ofMillis(500);
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PENDING = "io.confluent.flink/pending_records";

    final FakeConfluentCloud cloud;
    final PipelineEvents events = new PipelineEvents();
    private final ConfluentCloudPlatform platform;
    private final Path rules;
    private final String pool;
    private MonitorApp monitor;

    private AlertStack(String rulesYaml) throws Exception {
        rules = Files.createTempFile("alert-rules", ".yaml");
        Files.writeString(rules, rulesYaml);
        cloud = FakeConfluentCloud.start(Clock.systemUTC());
        cloud.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ZERO);
        platform = new ConfluentCloudPlatform(cloud.settings().build(), Pacing.system());
        pool = cloud.pools().add("alerts", 46, 50, "us-west-2");
        for (int i = 0; i < 6; i++) {
            platform.submit(
                    StatementSpec.of(name(i), "INSERT INTO `t" + i + "` SELECT 1")
                            .withComputePool(pool)
                            .withLabels(Map.of("table", "t" + i, "product", "shop")));
        }
    }

    /** The world, with the monitor started on the rules and listing every statement. */
    static AlertStack start(String rulesYaml) throws Exception {
        AlertStack stack = new AlertStack(rulesYaml);
        stack.startMonitor();
        return stack;
    }

    MonitorApp monitor() {
        return monitor;
    }

    String pool() {
        return pool;
    }

    /** Stops the monitor and starts it again, on the same database. */
    void restart() throws Exception {
        monitor.close();
        startMonitor();
    }

    /** The statement fails with the platform's error. */
    void fail(int i) {
        ObjectNode error = JsonMapper.builder().build().createObjectNode();
        error.put("name", "ArithmeticException");
        error.put("message", "java.lang.ArithmeticException: / by zero");
        error.put("timestamp", Instant.now().toString());
        cloud.statements().addException(name(i), error);
        phase(i, "FAILED");
    }

    /** The statement shows the platform phase (null: its own again, RUNNING). */
    void phase(int i, String rawPhase) {
        cloud.statements().forcePhase(name(i), rawPhase);
    }

    /** The statement's pending records from now on (at its next sample). */
    void lag(int i, long pending) throws InterruptedException {
        cloud.metrics().point(PENDING, name(i), Instant.now(), pending);
        Thread.sleep(5); // each point newer than the last
    }

    /** The pool's maximum CFUs (46 are in use). */
    void poolMax(int maxCfu) {
        platform.computePools().orElseThrow().updateMaxCfu(pool, maxCfu);
    }

    /** A deployment event of a step on the table, on {@code deployment-events}. */
    void deployment(String plan, DeploymentEventType type, String table) throws Exception {
        DeploymentEvent event =
                DeploymentEvent.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId("req-" + plan)
                        .setPlanId(plan)
                        .setEnvironment(ENV)
                        .setType(type)
                        .setTableName(table)
                        .build();
        try (KafkaProducer<String, Object> producer =
                TestKafkaClients.avroProducer(TestKafka.bootstrapServers())) {
            producer.send(
                            new ProducerRecord<>(
                                    Topics.withDefaultPrefix().deploymentEvents(), plan, event))
                    .get();
        }
    }

    static String name(int i) {
        return ENV + "-s-" + i;
    }

    private void startMonitor() {
        String p = "monitor.environments." + ENV + ".";
        Map<String, String> s = new LinkedHashMap<>();
        s.put("monitor.poll-interval", POLL.toMillis() + "ms");
        s.put("monitor.metrics.interval", "500ms");
        s.put("monitor.alerts.rules-file", rules.toString());
        // tracking's own POOL_SATURATED stays quiet: other test classes count those on the topic
        s.put("monitor.pools.saturated", "1.0");
        s.put("monitor.pools.recovered", "0.99");
        s.put(p + "name-prefixes[0]", ENV + "-");
        s.put(p + "platform.kind", "confluent-cloud");
        s.put(p + "platform.confluent.organization-id", FakeConfluentCloud.ORG);
        s.put(p + "platform.confluent.environment-id", FakeConfluentCloud.ENV);
        s.put(p + "platform.confluent.statements-url", cloud.baseUrl().toString());
        s.put(p + "platform.confluent.cloud-api-url", cloud.baseUrl().toString());
        s.put(p + "platform.confluent.metrics-api-url", cloud.baseUrl().toString());
        s.put(p + "platform.confluent.flink-api-key", FakeConfluentCloud.FLINK_KEY.key());
        s.put(p + "platform.confluent.flink-api-secret", FakeConfluentCloud.FLINK_KEY.secret());
        s.put(p + "platform.confluent.cloud-api-key", FakeConfluentCloud.CLOUD_KEY.key());
        s.put(p + "platform.confluent.cloud-api-secret", FakeConfluentCloud.CLOUD_KEY.secret());
        monitor = MonitorApp.start("monitor-alerts-test", s);
        await().atMost(WAIT)
                .until(
                        () ->
                                monitor.get("/api/v1/statements?environment=" + ENV, 200)
                                        .contains(name(5)));
    }

    @Override
    public void close() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
        events.close();
        cloud.close();
    }
}
