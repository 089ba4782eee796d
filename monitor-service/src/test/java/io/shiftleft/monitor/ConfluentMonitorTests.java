package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.confluent.ConfluentCloudPlatform;
import io.shiftleft.platform.confluent.Pacing;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import io.shiftleft.platform.confluent.fake.FakeRequest;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitor on the fake Confluent Cloud (a stateful WireMock server speaking the Statements,
 * compute pool and metrics APIs) with 130 managed statements listed 20 per page, and a real Kafka
 * broker, schema registry and PostgreSQL: one paged listing per cycle, a failure with the
 * platform's error, a statement gone missing, lag and pool saturation from the metrics, a child
 * started before its parent (with the environment's project), each announced once, a product's
 * health, the stream of changes, and nothing announced again by a restarted monitor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfluentMonitorTests {

    private static final String ENV = "ccf";
    private static final int MANAGED = 130;
    private static final int PAGE = 20;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PENDING = "io.confluent.flink/pending_records";
    private static final String HEALTH = "/api/v1/products/shop/health?environment=" + ENV;

    private static FakeConfluentCloud cloud;
    private static ConfluentCloudPlatform platform;
    private static PipelineEvents events;
    private static MonitorApp monitor;
    private static String pool;
    private static Path project;

    @BeforeAll
    static void start() throws Exception {
        project = ShopProject.write(Files.createTempDirectory("monitor-project"));
        cloud = FakeConfluentCloud.start(Clock.systemUTC());
        cloud.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ZERO);
        platform = new ConfluentCloudPlatform(cloud.settings().build(), Pacing.system());
        pool = cloud.pools().add("busy", 46, 50, "us-west-2");
        for (int i = 0; i < MANAGED; i++) {
            platform.submit(
                    StatementSpec.of(name(i), "INSERT INTO `t" + i + "` SELECT 1")
                            .withComputePool(pool)
                            .withLabels(Map.of("table", "t" + i, "product", "shop")));
        }
        for (int i = 0; i < 5; i++) {
            platform.submit(StatementSpec.of("other-" + i, "INSERT INTO `o` SELECT 1"));
        }
        cloud.metrics().point(PENDING, name(9), Instant.now().minusSeconds(120), 5000);
        events = new PipelineEvents();
        monitor = startMonitor();
    }

    @AfterAll
    static void stop() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
        events.close();
        cloud.close();
    }

    @Test
    @Order(1)
    void listsEveryManagedStatementOverManyPagesOnceACycle() throws Exception {
        await().atMost(WAIT).until(() -> statements().size() == MANAGED);
        cloud.recordRequests(true);
        Thread.sleep(POLL.multipliedBy(5).toMillis());

        List<FakeRequest> lists =
                cloud.requests().stream()
                        .filter(r -> r.method().equals("GET") && r.path().endsWith("/statements"))
                        .toList();
        long first = lists.stream().filter(r -> r.param("page_token").isEmpty()).count();
        long next = lists.size() - first;
        int pages = (MANAGED + 5 + PAGE - 1) / PAGE;

        assertThat(first).isGreaterThanOrEqualTo(3);
        assertThat(next).isBetween((pages - 1) * (first - 1), (pages - 1) * (first + 1));
        assertThat(lists).allMatch(r -> r.param("page_size").equals(java.util.Optional.of("20")));
        assertThat(statements())
                .extracting(s -> s.path("name").asString())
                .allMatch(n -> n.startsWith("ccf-"));
        assertThat(
                        events.matching(
                                e ->
                                        e.getEnvironment().equals(ENV)
                                                && e.getType().name().startsWith("STATEMENT_")))
                .as("the first listing is a baseline: recorded, not announced")
                .isEmpty();
    }

    @Test
    @Order(2)
    void announcesAFailureOnceWithThePlatformsError() throws Exception {
        ObjectNode error = JsonMapper.builder().build().createObjectNode();
        error.put("name", "ArithmeticException");
        error.put("message", "java.lang.ArithmeticException: / by zero");
        error.put("timestamp", Instant.now().toString());
        cloud.statements().addException(name(7), error);
        cloud.statements().forcePhase(name(7), "FAILED");

        PipelineEvent failed =
                events.await(of(7, PipelineEventType.STATEMENT_FAILED), WAIT).event();
        Thread.sleep(POLL.multipliedBy(4).toMillis());

        assertThat(failed.getDetail()).contains("/ by zero");
        assertThat(failed.getSeverity().name()).isEqualTo("ERROR");
        assertThat(failed.getTableName()).isEqualTo("t7");
        assertThat(failed.getProductName()).isEqualTo("shop");
        assertThat(failed.getComputePoolId()).isEqualTo(pool);
        assertThat(events.matching(of(7, null))).hasSize(1);
        JsonNode view =
                JsonMapper.builder()
                        .build()
                        .readTree(monitor.get("/api/v1/statements/" + name(7), 200));
        assertThat(view.path("phase").asString()).isEqualTo("FAILED");
        assertThat(view.path("detail").asString()).contains("/ by zero");
    }

    @Test
    @Order(3)
    void announcesAManagedStatementThatDisappearedAsMissing() throws Exception {
        platform.delete(name(8));

        PipelineEvent missing =
                events.await(of(8, PipelineEventType.STATEMENT_MISSING), WAIT).event();

        assertThat(missing.getPhase().name()).isEqualTo("MISSING");
        assertThat(missing.getSeverity().name()).isEqualTo("WARNING");
        assertThat(monitor.get("/api/v1/statements?phase=MISSING", 200)).contains(name(8));
    }

    @Test
    @Order(4)
    void raisesLagAndPoolSaturationOnceFromTheMetrics() throws Exception {
        PipelineEvent lag = events.await(of(9, PipelineEventType.LAG_HIGH), WAIT).event();
        PipelineEvent saturated =
                events.await(ConfluentMonitorTests::poolSaturatedHere, WAIT).event();
        Thread.sleep(Duration.ofSeconds(3).toMillis());

        assertThat(lag.getAttributes()).containsEntry("pendingRecords", "5000");
        assertThat(saturated.getComputePoolId()).isEqualTo(pool);
        assertThat(events.matching(ConfluentMonitorTests::poolSaturatedHere)).hasSize(1);
        assertThat(events.matching(of(9, PipelineEventType.LAG_HIGH))).hasSize(1);
        JsonNode view =
                JsonMapper.builder()
                        .build()
                        .readTree(monitor.get("/api/v1/statements/" + name(9), 200));
        assertThat(view.path("pending_records").asLong()).isEqualTo(5000);
        assertThat(view.path("lag_high").asBoolean()).isTrue();
        assertThat(monitor.get("/actuator/prometheus", 200))
                .contains("shiftleft_monitor_statements{environment=\"ccf\",phase=\"RUNNING\"}")
                .contains("shiftleft_monitor_pool_cfu_used{environment=\"ccf\",pool=\"" + pool)
                .contains("shiftleft_monitor_statement_pending_records{");
    }

    @Test
    @Order(5)
    void saysAChildStartedBeforeItsRunningParentIsOutOfOrderAndShowsTheProductsHealth()
            throws Exception {
        await().atMost(WAIT)
                .until(() -> monitor.get(HEALTH, 200).contains("\"scope\":\"project\""));
        platform.submit(StatementSpec.of(ShopProject.CHILD, "INSERT INTO `fct_b` SELECT 1"));
        Thread.sleep(1_100);
        platform.submit(StatementSpec.of(ShopProject.PARENT, "INSERT INTO `src_a` SELECT 1"));

        PipelineEvent outOfOrder =
                events.await(e -> e.getType() == PipelineEventType.OUT_OF_ORDER, WAIT).event();
        JsonNode health = JsonMapper.builder().build().readTree(monitor.get(HEALTH, 200));

        assertThat(outOfOrder.getStatementName()).isEqualTo(ShopProject.CHILD);
        assertThat(outOfOrder.getTableName()).isEqualTo("fct_b");
        assertThat(outOfOrder.getProductName()).isEqualTo("shop");
        assertThat(outOfOrder.getAttributes()).containsEntry("parentStatement", ShopProject.PARENT);
        assertThat(health.path("statements").asInt()).isEqualTo(2);
        assertThat(health.path("phases").path("RUNNING").asInt()).isEqualTo(2);
        assertThat(health.path("out_of_order").get(0).path("child_statement").asString())
                .isEqualTo(ShopProject.CHILD);
        assertThat(health.path("not_running").size()).isZero();
        assertThat(events.matching(e -> ShopProject.CHILD.equals(e.getStatementName())))
                .extracting(r -> r.event().getTableName())
                .containsOnly("fct_b");
    }

    @Test
    @Order(6)
    void announcesNothingAgainAfterARestartButTheNextChangeOnceAlsoOnTheStream() throws Exception {
        int before = events.matching(e -> e.getEnvironment().equals(ENV)).size();
        monitor.close();
        monitor = startMonitor();
        await().atMost(WAIT).until(() -> statements().size() == MANAGED + 1);
        Thread.sleep(Duration.ofSeconds(4).toMillis());

        assertThat(events.matching(e -> e.getEnvironment().equals(ENV))).hasSize(before);

        try (ChangeStreamReader stream =
                new ChangeStreamReader(monitor.url("/api/v1/changes?environment=" + ENV))) {
            stream.awaitLine(l -> l.contains("subscribed"), WAIT);
            cloud.statements().forcePhase(name(10), "DEGRADED");
            events.await(of(10, PipelineEventType.STATEMENT_DEGRADED), WAIT);
            stream.awaitLine(l -> l.contains("STATEMENT_DEGRADED") && l.contains(name(10)), WAIT);
            stream.awaitLine(
                    l -> l.contains("\"name\":\"" + name(10)) && l.contains("DEGRADED"), WAIT);
        }
        Thread.sleep(POLL.multipliedBy(4).toMillis());
        assertThat(events.matching(e -> e.getEnvironment().equals(ENV))).hasSize(before + 1);
    }

    private static MonitorApp startMonitor() {
        String p = "monitor.environments." + ENV + ".";
        Map<String, String> s = new LinkedHashMap<>();
        s.put("monitor.poll-interval", POLL.toMillis() + "ms");
        s.put("monitor.metrics.interval", "1s");
        s.put("monitor.metrics.statements-per-sweep", "10");
        s.put("monitor.lag.high", "1000");
        s.put("monitor.lag.recovered", "100");
        s.put(p + "name-prefixes[0]", "ccf-");
        s.put(p + "project-path", project.toString());
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
        s.put(p + "platform.confluent.page-size", Integer.toString(PAGE));
        return MonitorApp.start("monitor-ccf-test", s);
    }

    private static List<JsonNode> statements() throws Exception {
        JsonNode all =
                JsonMapper.builder()
                        .build()
                        .readTree(monitor.get("/api/v1/statements?environment=" + ENV, 200));
        List<JsonNode> present = new java.util.ArrayList<>();
        all.forEach(
                s -> {
                    if (!s.path("phase").asString().equals("MISSING")) {
                        present.add(s);
                    }
                });
        return present;
    }

    private static Predicate<PipelineEvent> of(int i, PipelineEventType type) {
        return e ->
                e.getEnvironment().equals(ENV)
                        && name(i).equals(e.getStatementName())
                        && (type == null || e.getType() == type);
    }

    private static String name(int i) {
        return String.format("ccf-s-%03d", i);
    }

    /** POOL_SATURATED of this class's environment (other test classes share the topic). */
    private static boolean poolSaturatedHere(PipelineEvent e) {
        return e.getType() == PipelineEventType.POOL_SATURATED && ENV.equals(e.getEnvironment());
    }
}
