package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.StatementMetrics;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Metrics from the metrics API: gauges are the latest point, never a sum over time. */
class MetricsTests {

    private static final Instant T0 = Instant.parse("2026-11-27T08:50:00Z");

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform();
        platform.submit(Fixture.dml("dml").withComputePool("lfcp-1"));
    }

    @Test
    void takesPendingRecordsAndCfusFromTheLatestPointAndSumsRecordCounts() {
        for (int minute = 0; minute < 5; minute++) {
            Instant at = T0.plusSeconds(60L * minute);
            CLOUD.metrics()
                    .point(ConfluentMetrics.PENDING_RECORDS, "dml", at, 1000 - minute * 100)
                    .point(ConfluentMetrics.RECORDS_IN, "dml", at, 60)
                    .point(ConfluentMetrics.RECORDS_OUT, "dml", at, 30)
                    .point(ConfluentMetrics.CFUS, "dml", at, minute + 1);
        }
        CLOUD.metrics().point(ConfluentMetrics.PENDING_RECORDS, "other", T0, 99_999);

        StatementMetrics m = platform.metrics("dml");

        assertThat(m.pendingRecords()).hasValue(600);
        assertThat(m.cfuUsed()).hasValue(5.0);
        assertThat(m.recordsIn()).hasValue(300);
        assertThat(m.recordsOut()).hasValue(150);
        assertThat(m.backpressure()).isEmpty();
        assertThat(m.asOf()).isEqualTo(T0.plusSeconds(240));
    }

    @Test
    void leavesMissingValuesEmpty() {
        StatementMetrics m = platform.metrics("dml");

        assertThat(m.pendingRecords()).isEmpty();
        assertThat(m.recordsIn()).isEmpty();
        assertThat(m.recordsOut()).isEmpty();
        assertThat(m.cfuUsed()).isEmpty();
        assertThat(m.asOf()).isEqualTo(Fixture.CLOCK.instant());
    }

    @Test
    void asksForOneMetricPerQueryFilteredByStatementAndPoolOverARecentWindow() {
        platform.metrics("dml");

        assertThat(CLOUD.metrics().queries()).hasSize(4);
        JsonNode q = CLOUD.metrics().queries().get(2);
        assertThat(q.path("aggregations")).hasSize(1);
        assertThat(q.path("aggregations").get(0).path("metric").asString())
                .isEqualTo(ConfluentMetrics.PENDING_RECORDS);
        assertThat(q.path("granularity").asString()).isEqualTo("PT1M");
        assertThat(q.path("intervals").get(0).asString()).isEqualTo("now-11m|m/now-1m|m");
        assertThat(q.path("filter").toString())
                .contains(
                        "resource.flink_statement.name",
                        "\"dml\"",
                        "resource.compute_pool.id",
                        "lfcp-1");
    }

    @Test
    void needsACloudKey() {
        ConfluentSettings.Builder noCloudKey =
                ConfluentSettings.builder()
                        .organizationId(FakeConfluentCloud.ORG)
                        .environmentId(FakeConfluentCloud.ENV)
                        .statementsBaseUrl(CLOUD.baseUrl())
                        .cloudApiBaseUrl(CLOUD.baseUrl())
                        .metricsApiBaseUrl(CLOUD.baseUrl())
                        .flinkApi(FakeConfluentCloud.FLINK_KEY);
        ConfluentCloudPlatform withoutCloudKey = Fixture.platform(noCloudKey);

        assertThatThrownBy(() -> withoutCloudKey.metrics("dml"))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
                            assertThat(e.getMessage()).contains("SHIFTLEFT_CCF_CLOUD_API_KEY");
                        });
        assertThat(CLOUD.metrics().queries()).isEmpty();
        assertThatThrownBy(() -> withoutCloudKey.computePools().orElseThrow().get("lfcp-1"))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.UNAUTHORIZED);
    }

    @Test
    void reportsMetricsOfAMissingStatementAsNotFound() {
        assertThatThrownBy(() -> platform.metrics("nobody"))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(CLOUD.metrics().queries()).isEmpty();
    }
}
