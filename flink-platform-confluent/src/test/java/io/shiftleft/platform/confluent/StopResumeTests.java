package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stop and resume through {@code spec.stopped}, by GET and a versioned PUT. */
class StopResumeTests {

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform();
        platform.submit(Fixture.dml("dml").withComputePool("lfcp-1"));
        platform.awaitPhase("dml", Set.of(StatementPhase.RUNNING), Duration.ofMinutes(1));
    }

    @Test
    void stopsWithAVersionedPutAndAnswersStopping() {
        StatementStatus status = platform.stop("dml", StopMode.SAVEPOINT);

        assertThat(status.phase()).isEqualTo(StatementPhase.STOPPING);
        JsonNode put = CLOUD.statements().putBodies().get(0);
        assertThat(put.path("spec").path("stopped").asBoolean()).isTrue();
        assertThat(put.path("metadata").path("resource_version").asString()).isNotEmpty();
        assertThat(put.path("spec").path("statement").asString()).isEqualTo(Fixture.dml("x").sql());
        assertThat(put.has("status")).isFalse();
    }

    @Test
    void sendsNothingToStopAStoppedStatement() {
        platform.stop("dml", StopMode.CANCEL);
        platform.awaitPhase("dml", Set.of(StatementPhase.STOPPED), Duration.ofMinutes(1));

        StatementStatus again = platform.stop("dml", StopMode.SAVEPOINT);

        assertThat(again.phase()).isEqualTo(StatementPhase.STOPPED);
        assertThat(CLOUD.statements().putBodies()).hasSize(1);
    }

    @Test
    void readsAgainAndRetriesWhenTheVersionWentStale() {
        CLOUD.statements().concurrentUpdates(2);

        StatementStatus status = platform.stop("dml", StopMode.SAVEPOINT);

        assertThat(status.phase()).isEqualTo(StatementPhase.STOPPING);
        assertThat(CLOUD.statements().putBodies()).hasSize(3);
        assertThat(CLOUD.count("PUT", ".*")).isEqualTo(3);
    }

    @Test
    void resumesOnAnotherPoolAsAnotherPrincipalInOnePut() {
        platform.stop("dml", StopMode.SAVEPOINT);
        platform.awaitPhase("dml", Set.of(StatementPhase.STOPPED), Duration.ofMinutes(1));

        platform.resume("dml", new ResumeOptions(Optional.of("lfcp-2"), Optional.of("sa-new")));
        StatementStatus running =
                platform.awaitPhase("dml", Set.of(StatementPhase.RUNNING), Duration.ofMinutes(1));

        assertThat(running.computePoolId()).contains("lfcp-2");
        assertThat(CLOUD.statements().principalOf("dml")).isEqualTo("sa-new");
        JsonNode put = CLOUD.statements().putBodies().get(1);
        assertThat(put.path("spec").path("stopped").asBoolean(true)).isFalse();
        assertThat(put.path("spec").path("compute_pool_id").asString()).isEqualTo("lfcp-2");
        assertThat(put.path("spec").path("principal").asString()).isEqualTo("sa-new");
    }

    @Test
    void refusesToMoveARunningStatement() {
        assertThatThrownBy(
                        () ->
                                platform.resume(
                                        "dml",
                                        new ResumeOptions(Optional.of("lfcp-2"), Optional.empty())))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
                            assertThat(e.getMessage()).contains("stop it before");
                        });
        assertThat(CLOUD.statements().putBodies()).isEmpty();
    }

    @Test
    void resumingARunningStatementChangesNothing() {
        StatementStatus status = platform.resume("dml", ResumeOptions.unchanged());

        assertThat(status.phase()).isEqualTo(StatementPhase.RUNNING);
        assertThat(CLOUD.statements().putBodies()).isEmpty();
    }

    @Test
    void reportsAMissingStatementAsNotFound() {
        assertThatThrownBy(() -> platform.stop("nobody", StopMode.SAVEPOINT))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                            assertThat(e.getMessage()).contains("Stopping statement");
                        });
    }

    @Test
    void retriesAPutThroughAServerError() {
        CLOUD.faults().serverError("PUT", "/statements/dml$", 2, 500);

        assertThat(platform.stop("dml", StopMode.SAVEPOINT).phase())
                .isEqualTo(StatementPhase.STOPPING);
    }

    @Test
    void recognisesAnAppliedPutWhoseAnswerWasLost() {
        CLOUD.faults().loseResponse("PUT", "/statements/dml$", 1);

        StatementStatus status = platform.stop("dml", StopMode.SAVEPOINT);

        // The retried PUT met a newer version (409); the read after it showed the stop in place.
        assertThat(status.phase()).isEqualTo(StatementPhase.STOPPING);
        assertThat(CLOUD.count("PUT", ".*")).isEqualTo(2);
    }
}
