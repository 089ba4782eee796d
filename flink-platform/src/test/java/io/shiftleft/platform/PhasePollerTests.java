package io.shiftleft.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PhasePollerTests {

    /** A clock that only moves when the poller sleeps. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final PhasePoller poller =
            new PhasePoller(
                    clock, clock::sleep, Backoff.POLLING, RandomGenerator.of("L64X128MixRandom"));

    private static StatementStatus status(StatementPhase phase, String detail) {
        return new StatementStatus(
                "s",
                phase,
                phase.name(),
                detail,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.empty(),
                Instant.EPOCH,
                Optional.empty());
    }

    private static java.util.function.Function<String, Optional<StatementStatus>> seq(
            StatementPhase... phases) {
        Deque<StatementPhase> left = new ArrayDeque<>(List.of(phases));
        return name -> Optional.of(status(left.size() > 1 ? left.poll() : left.peek(), "why"));
    }

    @Test
    void looksAtOnceThenBacksOffUntilThePhaseIsReached() {
        StatementStatus s =
                poller.await(
                        "s",
                        seq(StatementPhase.PENDING, StatementPhase.PENDING, StatementPhase.RUNNING),
                        Set.of(StatementPhase.RUNNING),
                        Duration.ofMinutes(1));

        assertThat(s.phase()).isEqualTo(StatementPhase.RUNNING);
        assertThat(clock.sleeps).hasSize(2);
        assertThat(clock.sleeps.get(0)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1250));
        assertThat(clock.sleeps.get(1)).isBetween(Duration.ofMillis(1125), Duration.ofMillis(1875));
    }

    @Test
    void reportsATimeoutWithTheLastPhaseSeenAndNeverSleepsPastTheDeadline() {
        assertThatThrownBy(
                        () ->
                                poller.await(
                                        "s",
                                        seq(StatementPhase.PENDING),
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofSeconds(10)))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("last seen PENDING")
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.TIMEOUT);
        assertThat(clock.sleeps.stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void stopsAtOnceOnAnotherTerminalPhaseWithThePlatformsDetail() {
        assertThatThrownBy(
                        () ->
                                poller.await(
                                        "s",
                                        seq(StatementPhase.PENDING, StatementPhase.FAILED),
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofMinutes(10)))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("FAILED")
                .hasMessageContaining("why")
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.UNEXPECTED_PHASE);
        assertThat(clock.sleeps).hasSize(1);
    }

    @Test
    void keepsWaitingThroughAnUnknownPhase() {
        StatementStatus s =
                poller.await(
                        "s",
                        seq(StatementPhase.UNKNOWN, StatementPhase.COMPLETED),
                        Set.of(StatementPhase.COMPLETED),
                        Duration.ofMinutes(1));

        assertThat(s.phase()).isEqualTo(StatementPhase.COMPLETED);
    }

    @Test
    void aStatementThatDisappearsIsNotFound() {
        assertThatThrownBy(
                        () ->
                                poller.await(
                                        "s",
                                        n -> Optional.empty(),
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofMinutes(1)))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.NOT_FOUND);
    }

    @Test
    void backoffGrowsAndIsCapped() {
        RandomGenerator middle =
                new RandomGenerator() {
                    @Override
                    public long nextLong() {
                        return 0;
                    }

                    @Override
                    public double nextDouble() {
                        return 0.5;
                    }
                };

        assertThat(Backoff.POLLING.delay(0, middle)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.POLLING.delay(1, middle)).isEqualTo(Duration.ofMillis(1500));
        assertThat(Backoff.POLLING.delay(40, middle)).isEqualTo(Duration.ofSeconds(30));
    }
}
