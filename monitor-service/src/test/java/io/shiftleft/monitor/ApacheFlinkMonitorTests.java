package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.apache.ApacheFlinkPlatform;
import io.shiftleft.platform.apache.ApacheFlinkSettings;
import io.shiftleft.platform.apache.FlinkTestHarness;
import io.shiftleft.platform.apache.InMemoryStatementStore;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitor on a real Apache Flink (a MiniCluster and its SQL Gateway in the test JVM), with a
 * real Kafka broker, schema registry and PostgreSQL. The test plays planner and deployer: it runs
 * statements through the Apache adapter and sends their commands and results on Kafka, from which
 * the monitor learns what shift-left deployed. A job cancelled by hand is reported within two poll
 * cycles and shows so in the API; a job that fails is STATEMENT_FAILED with Flink's error.
 */
class ApacheFlinkMonitorTests {

    private static final String ENV = "oss";
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static FlinkTestHarness flink;
    private static ApacheFlinkPlatform deployer;
    private static DeploymentTraffic traffic;
    private static PipelineEvents events;
    private static MonitorApp monitor;

    @BeforeAll
    static void start() throws Exception {
        flink = FlinkTestHarness.start();
        deployer =
                new ApacheFlinkPlatform(
                        ApacheFlinkSettings.builder(flink.gatewayUrl(), flink.restUrl()).build(),
                        new InMemoryStatementStore());
        traffic = new DeploymentTraffic(ENV);
        events = new PipelineEvents();
        String p = "monitor.environments." + ENV + ".platform.";
        monitor =
                MonitorApp.start(
                        "monitor-oss-test",
                        Map.of(
                                "monitor.poll-interval",
                                POLL.toMillis() + "ms",
                                "monitor.metrics.interval",
                                "2s",
                                p + "kind",
                                "apache-flink",
                                p + "apache.gateway-url",
                                flink.gatewayUrl().toString(),
                                p + "apache.rest-url",
                                flink.restUrl().toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
        events.close();
        traffic.close();
        deployer.close();
        flink.close();
    }

    @Test
    void reportsAJobCancelledByHandWithinTwoCyclesAndShowsItInTheApi() throws Exception {
        String run = run();
        String name = deploy(run, "cancelled", "INSERT INTO snk_%s SELECT x FROM src_%s");
        events.await(e -> e.getStatementName().equals(name) && "RUNNING".equals(phase(e)), WAIT);
        String jid = deployer.get(name).orElseThrow().platformId().orElseThrow();

        Instant cancelled = Instant.now();
        cancel(jid);
        PipelineEvents.Received stopped =
                events.await(
                        e -> e.getStatementName().equals(name) && "STOPPED".equals(phase(e)), WAIT);
        Thread.sleep(3 * POLL.toMillis());

        Duration latency = Duration.between(cancelled, stopped.at());
        assertThat(latency).isLessThanOrEqualTo(POLL.multipliedBy(2).plusMillis(1500));
        PipelineEvent e = stopped.event();
        assertThat(e.getType()).isEqualTo(PipelineEventType.STATEMENT_PHASE_CHANGED);
        assertThat(e.getPreviousPhase().name()).isEqualTo("RUNNING");
        assertThat(e.getSeverity().name()).isEqualTo("WARNING");
        assertThat(e.getEnvironment()).isEqualTo(ENV);
        assertThat(e.getTableName()).isEqualTo("snk_" + run);
        assertThat(e.getProductName()).isEqualTo("shop");
        assertThat(stopped.key()).isEqualTo("snk_" + run);
        assertThat(events.matching(x -> x.getStatementName().equals(name)))
                .extracting(r -> phase(r.event()))
                .containsOnlyOnce("STOPPED");

        JsonNode view =
                JsonMapper.builder()
                        .build()
                        .readTree(monitor.get("/api/v1/statements/" + name, 200));
        assertThat(view.path("name").asString()).isEqualTo(name);
        assertThat(view.path("phase").asString()).isEqualTo("STOPPED");
        assertThat(view.path("table_name").asString()).isEqualTo("snk_" + run);
        assertThat(view.path("observed_at").asString()).isNotBlank();
        assertThat(view.path("history").size()).isGreaterThanOrEqualTo(2);
        System.out.printf("Cancel to STOPPED event: %d ms (poll %s)%n", latency.toMillis(), POLL);
    }

    @Test
    void reportsAFailingJobAsFailedWithFlinksError() throws Exception {
        String run = run();
        String name = deploy(run, "failing", "INSERT INTO snk_%s SELECT 1 / (x - x) FROM src_%s");

        PipelineEvents.Received failed =
                events.await(
                        e ->
                                e.getStatementName().equals(name)
                                        && e.getType() == PipelineEventType.STATEMENT_FAILED,
                        WAIT);
        Thread.sleep(3 * POLL.toMillis());

        assertThat(failed.event().getSeverity().name()).isEqualTo("ERROR");
        assertThat(failed.event().getDetail()).containsIgnoringCase("by zero");
        assertThat(
                        events.matching(
                                e ->
                                        e.getStatementName().equals(name)
                                                && e.getType()
                                                        == PipelineEventType.STATEMENT_FAILED))
                .hasSize(1);
        assertThat(monitor.get("/api/v1/statements?environment=oss&phase=FAILED", 200))
                .contains(name);
    }

    /** Creates a source and a sink table and runs the DML between them, as the deployer would. */
    private static String deploy(String run, String stem, String dmlTemplate) throws Exception {
        String src = "src_" + run;
        String snk = "snk_" + run;
        submit(
                "oss-ddl-src-" + run,
                "CREATE TABLE "
                        + src
                        + " (x INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')");
        submit(
                "oss-ddl-snk-" + run,
                "CREATE TABLE " + snk + " (x INT) WITH ('connector' = 'blackhole')");
        String name = "oss-dml-" + stem + "-" + run;
        String sql = String.format(dmlTemplate, run, run);
        StatementStatus started = deployer.submit(StatementSpec.of(name, sql));
        String jid =
                started.platformId()
                        .orElseGet(
                                () -> deployer.get(name).orElseThrow().platformId().orElseThrow());
        traffic.deployed(name, snk, "shop", sql, jid);
        return name;
    }

    private static void submit(String name, String sql) {
        StatementStatus done =
                deployer.awaitPhase(
                        deployer.submit(StatementSpec.of(name, sql)).name(),
                        Set.of(StatementPhase.COMPLETED),
                        WAIT);
        assertThat(done.phase()).isEqualTo(StatementPhase.COMPLETED);
    }

    private static void cancel(String jid) throws Exception {
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        flink.restUrl()
                                                                + "/jobs/"
                                                                + jid
                                                                + "?mode=cancel"))
                                        .method("PATCH", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    }

    private static String phase(PipelineEvent e) {
        return e.getPhase() == null ? null : e.getPhase().name();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
