package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A phase the platform invents tomorrow is UNKNOWN with its word kept, never an exception. */
class UnknownPhaseTests {

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform();
        platform.submit(Fixture.dml("dml"));
        CLOUD.statements().forcePhase("dml", "WARMING_UP");
    }

    @Test
    void readsAnUnknownPhaseAsUnknownAndKeepsTheRawWord() {
        StatementStatus status = platform.get("dml").orElseThrow();

        assertThat(status.phase()).isEqualTo(StatementPhase.UNKNOWN);
        assertThat(status.rawPhase()).isEqualTo("WARMING_UP");
        assertThat(platform.list(StatementFilter.all()))
                .extracting(StatementStatus::phase)
                .containsExactly(StatementPhase.UNKNOWN);
    }

    @Test
    void keepsWaitingThroughAnUnknownPhaseAndSaysWhatItSaw() {
        assertThatThrownBy(
                        () ->
                                platform.awaitPhase(
                                        "dml",
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                            assertThat(e.getMessage()).contains("UNKNOWN (WARMING_UP)");
                        });
    }

    @Test
    void reachesTheTargetWhenTheUnknownPhaseEnds() {
        Fixture.CLOCK.advance(Duration.ofSeconds(5));
        platform.get("dml");
        CLOUD.statements().forcePhase("dml", null);

        assertThat(
                        platform.awaitPhase(
                                        "dml",
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofSeconds(5))
                                .phase())
                .isEqualTo(StatementPhase.RUNNING);
    }
}
