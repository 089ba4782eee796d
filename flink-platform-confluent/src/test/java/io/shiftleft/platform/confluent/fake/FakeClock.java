package io.shiftleft.platform.confluent.fake;

import io.shiftleft.platform.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when told: its {@link #sleeper()} advances it instead of sleeping and
 * remembers each wait, so retries and polls run instantly and can be asserted on.
 */
public final class FakeClock extends Clock {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeClock(Instant start) {
        this.now = start;
    }

    public static FakeClock atEpochDay() {
        return new FakeClock(Instant.parse("2026-11-27T09:00:00Z"));
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Advances the clock by each wait, and records it. */
    public Sleeper sleeper() {
        return duration -> {
            synchronized (this) {
                sleeps.add(duration);
                now = now.plus(duration);
            }
        };
    }

    /** Every wait the sleeper was asked for, oldest first. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public synchronized void clearSleeps() {
        sleeps.clear();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeClock is UTC only");
    }
}
