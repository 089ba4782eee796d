package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.SqlHash;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the adapter makes of answers it does not expect, against a fake Flink REST API: a job status
 * of a later Flink version, a job the cluster forgot; and how many calls a list makes.
 */
class UnknownStatusTests {

    private static final String JOB = "0123456789abcdef0123456789abcdef";

    private FakeFlinkRest flink;
    private InMemoryStatementStore store;
    private ApacheFlinkPlatform platform;

    @BeforeEach
    void startFake() throws Exception {
        flink = new FakeFlinkRest();
        store = new InMemoryStatementStore();
        ApacheFlinkSettings settings =
                ApacheFlinkSettings.builder(flink.url(), flink.url())
                        .pollBackoff(TestStack.FAST)
                        .build();
        platform = new ApacheFlinkPlatform(settings, store);
    }

    @AfterEach
    void stopFake() {
        platform.close();
        flink.close();
    }

    @Test
    void mapsAJobStatusItDoesNotKnowToUnknown() {
        storeDml("orders-dml", JOB);
        flink.answer(
                "/jobs/" + JOB,
                200,
                "{\"jid\":\""
                        + JOB
                        + "\",\"name\":\"orders-dml\",\"state\":\"MIGRATING\","
                        + "\"vertices\":[{\"id\":\"v1\",\"tasks\":{\"RUNNING\":1}}]}");

        StatementStatus status = platform.get("orders-dml").orElseThrow();

        assertThat(status.phase()).isEqualTo(StatementPhase.UNKNOWN);
        assertThat(status.rawPhase()).isEqualTo("MIGRATING");
        assertThat(status.platformId()).contains(JOB);
    }

    @Test
    void mapsAJobTheClusterForgotToUnknown() {
        storeDml("orders-dml", JOB);
        flink.answer(
                "/jobs/" + JOB,
                404,
                "{\"errors\":[\"org.apache.flink.runtime.rest.NotFoundException: Job "
                        + JOB
                        + " not found\\n\\tat x.y(Z.java:1)\\n\"]}");

        StatementStatus status = platform.get("orders-dml").orElseThrow();

        assertThat(status.phase()).isEqualTo(StatementPhase.UNKNOWN);
        assertThat(status.detail()).contains("does not know job " + JOB);
    }

    @Test
    void listsWithOneOverviewCallWhateverTheNumberOfStatements() {
        storeDml("a-dml", JOB);
        storeDml("b-dml", JOB.replace('0', '1'));
        storeDml("c-dml", JOB.replace('0', '2'));
        flink.answer(
                "/jobs/overview",
                200,
                "{\"jobs\":[{\"jid\":\""
                        + JOB
                        + "\",\"name\":\"a-dml\",\"state\":\"MIGRATING\"},"
                        + "{\"jid\":\""
                        + JOB.replace('0', '1')
                        + "\",\"name\":\"b-dml\",\"state\":\"RUNNING\"}]}");

        List<StatementStatus> all = platform.list(StatementFilter.all());

        assertThat(all)
                .extracting(StatementStatus::name, StatementStatus::phase)
                .containsExactly(
                        tuple("a-dml", StatementPhase.UNKNOWN),
                        tuple("b-dml", StatementPhase.RUNNING),
                        tuple("c-dml", StatementPhase.UNKNOWN));
        assertThat(flink.requests()).containsExactly("GET /jobs/overview");
    }

    @Test
    void filtersByLabelsAndPrefixFromTheStore() {
        storeDml("team-a-orders", JOB);
        flink.answer("/jobs/overview", 200, "{\"jobs\":[]}");

        assertThat(platform.list(StatementFilter.labelled(Map.of("team", "a")))).hasSize(1);
        assertThat(platform.list(StatementFilter.labelled(Map.of("team", "b")))).isEmpty();
        assertThat(platform.list(StatementFilter.namePrefix("team-a"))).hasSize(1);
        assertThat(platform.list(StatementFilter.namePrefix("team-b"))).isEmpty();
    }

    @Test
    void refusesAnInvalidNameBeforeAnyCall() {
        assertThatThrownBy(() -> platform.submit(StatementSpec.of("Bad_Name", "SELECT 1")))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.INVALID_NAME);
        assertThatThrownBy(() -> platform.get("x".repeat(73)))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.INVALID_NAME);
        assertThat(flink.requests()).isEmpty();
    }

    @Test
    void refusesComputePoolsAndSaysSo() {
        assertThat(platform.computePools()).isEmpty();
        assertThat(platform.capabilities().computePools()).isFalse();
        assertThat(platform.capabilities().resumeKeepsIdentity()).isFalse();
        assertThatThrownBy(
                        () ->
                                platform.submit(
                                        StatementSpec.of("with-pool", "INSERT INTO t SELECT 1")
                                                .withComputePool("lfcp-1")))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.UNSUPPORTED);
    }

    private void storeDml(String name, String jobId) {
        String sql = "INSERT INTO t SELECT * FROM s";
        store.insert(
                StoredStatement.submitted(
                                name,
                                sql,
                                SqlHash.of(sql),
                                StatementKind.DML,
                                Map.of(),
                                Map.of("team", "a"),
                                Instant.now())
                        .withJob(jobId));
    }
}
