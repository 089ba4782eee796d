package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a create sends, and how the answers to it become statuses or exceptions. */
class SubmitTests {

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform(Fixture.settings().defaultComputePoolId("lfcp-default"));
    }

    @Test
    void createsTheStatementWithSettingsDefaultsAndAnswersItsFirstStatus() {
        StatementStatus status = platform.submit(Fixture.dml("orders-dml"));

        assertThat(status.name()).isEqualTo("orders-dml");
        assertThat(status.phase()).isEqualTo(StatementPhase.PENDING);
        assertThat(status.rawPhase()).isEqualTo("PENDING");
        assertThat(status.platformId()).isPresent();
        assertThat(status.resourceVersion()).contains("1");
        assertThat(status.sqlHash()).contains(Fixture.dml("x").sqlHash());
        assertThat(status.computePoolId()).contains("lfcp-default");
        assertThat(CLOUD.statements().propertiesOf("orders-dml"))
                .containsEntry("sql.current-catalog", "env-fake01")
                .containsEntry("sql.current-database", "lkc-fake01");
    }

    @Test
    void letsTheSpecOverrideCatalogDatabasePoolAndCarryOffsetsOver() {
        StatementSpec spec =
                Fixture.dml("orders-dml-v2")
                        .withProperties(
                                Map.of(
                                        "sql.current-catalog", "other-env",
                                        "sql.state-ttl", "7 d"))
                        .withComputePool("lfcp-mine")
                        .withLabels(Map.of("user.confluent.io/pipeline-orders", "true"))
                        .withRestoreFrom("orders-dml-v1");

        platform.submit(spec);

        assertThat(CLOUD.statements().propertiesOf("orders-dml-v2"))
                .containsEntry("sql.current-catalog", "other-env")
                .containsEntry("sql.current-database", "lkc-fake01")
                .containsEntry("sql.state-ttl", "7 d")
                .containsEntry("sql.tables.initial-offset-from", "orders-dml-v1");
        assertThat(CLOUD.statements().computePoolOf("orders-dml-v2")).isEqualTo("lfcp-mine");
        assertThat(CLOUD.statements().labelsOf("orders-dml-v2"))
                .containsEntry("user.confluent.io/pipeline-orders", "true");
    }

    @Test
    void answersTheExistingStatementWhenTheSameSqlRunsUnderThatName() {
        StatementStatus first = platform.submit(Fixture.dml("orders-dml"));

        StatementStatus again = platform.submit(Fixture.dml("orders-dml"));

        assertThat(again.platformId()).isEqualTo(first.platformId());
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
        assertThat(CLOUD.count("POST", ".*/statements")).isEqualTo(2);
    }

    @Test
    void recognisesTheSameSqlWhateverItsLineEnds() {
        platform.submit(StatementSpec.of("crlf", "CREATE TABLE t (\n id INT)"));

        StatementStatus again =
                platform.submit(StatementSpec.of("crlf", "CREATE TABLE t (\r\n id INT)"));

        assertThat(again.name()).isEqualTo("crlf");
    }

    @Test
    void refusesANameTakenByOtherSqlAsAConflict() {
        platform.submit(Fixture.dml("orders-dml"));

        assertThatThrownBy(() -> platform.submit(Fixture.ddl("orders-dml")))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                            assertThat(e.getMessage())
                                    .contains("exists already")
                                    .contains("other SQL");
                            assertThat(e.requestId()).isPresent();
                        });
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
    }

    @Test
    void reportsARefusedRequestWithThePlatformsMessageAndRequestId() {
        StatementSpec spec = Fixture.dml("bad-prop").withProperties(Map.of("parallelism", "4"));

        assertThatThrownBy(() -> platform.submit(spec))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
                            assertThat(e.getMessage())
                                    .contains("Property 'parallelism' is not supported.")
                                    .contains("POST " + CLOUD.baseUrl());
                            assertThat(e.requestId())
                                    .hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
                        });
    }

    @Test
    void reportsWrongCredentialsAsUnauthorizedWithoutTheSecret() {
        ConfluentCloudPlatform wrong =
                Fixture.platform(
                        Fixture.settings().flinkApi(new Credentials("FLINKKEY", "wrong-secret")));

        assertThatThrownBy(() -> wrong.submit(Fixture.dml("any")))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
                            assertThat(e.getMessage())
                                    .contains("The API key or secret is not valid.")
                                    .doesNotContain("wrong-secret")
                                    .doesNotContain(FakeConfluentCloud.FLINK_KEY.secret());
                        });
    }

    @Test
    void checksTheNameBeforeAnyCall() {
        assertThatThrownBy(() -> platform.submit(StatementSpec.of("Bad_Name", "SELECT 1")))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_NAME);
        assertThatThrownBy(() -> platform.get("x".repeat(73)))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_NAME);
        assertThatThrownBy(() -> platform.delete("ends-with-"))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_NAME);

        assertThat(CLOUD.requests()).isEmpty();
    }

    @Test
    void readsAMissingStatementAsEmpty() {
        assertThat(platform.get("nobody")).isEmpty();
        assertThatThrownBy(() -> platform.exceptions("nobody"))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.NOT_FOUND);
    }
}
