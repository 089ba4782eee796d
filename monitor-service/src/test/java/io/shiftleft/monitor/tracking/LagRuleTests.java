package io.shiftleft.monitor.tracking;

import static io.shiftleft.monitor.tracking.Listings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lag is raised once at the high threshold and cleared once at the lower one. */
class LagRuleTests {

    private static final long HIGH = 1000;
    private static final long RECOVERED = 100;

    @Test
    void raisesAtTheThresholdClearsBelowTheLowerOneAndStaysQuietBetween() {
        TrackedStatement running = statement(Phase.RUNNING, false);

        Optional<Change> below = LagRule.evaluate(running, 999, HIGH, RECOVERED, T0, Intent.NONE);
        Change high =
                LagRule.evaluate(running, 1000, HIGH, RECOVERED, T0, Intent.NONE).orElseThrow();
        Optional<Change> hovering =
                LagRule.evaluate(high.after(), 500, HIGH, RECOVERED, T0, Intent.NONE);
        Change recovered =
                LagRule.evaluate(high.after(), 100, HIGH, RECOVERED, T0, Intent.NONE).orElseThrow();

        assertThat(below).isEmpty();
        assertThat(high.event().orElseThrow().type()).isEqualTo(EventType.LAG_HIGH);
        assertThat(high.event().get().attributes()).containsEntry("pendingRecords", "1000");
        assertThat(high.after().lagHigh()).isTrue();
        assertThat(high.after().version()).isEqualTo(running.version() + 1);
        assertThat(hovering).isEmpty();
        assertThat(recovered.event().orElseThrow().type()).isEqualTo(EventType.LAG_RECOVERED);
        assertThat(recovered.after().lagHigh()).isFalse();
    }

    @Test
    void raisesNoLagForAStatementThatDoesNotRun() {
        assertThat(
                        LagRule.evaluate(
                                statement(Phase.STOPPED, false),
                                5000,
                                HIGH,
                                RECOVERED,
                                T0,
                                Intent.NONE))
                .isEmpty();
    }

    static TrackedStatement statement(Phase phase, boolean lagHigh) {
        return new TrackedStatement(
                "dev",
                "dev-dml-a",
                "a",
                "p1",
                phase,
                phase.name(),
                "",
                "job",
                "lfcp-1",
                "h",
                T0,
                T0,
                T0,
                lagHigh,
                3);
    }
}
