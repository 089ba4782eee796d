package io.shiftleft.platform.confluent;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How the adapter waits: the clock that sets deadlines, the sleeper that waits, the randomness of
 * the jitter, and two {@link Backoff}s: between retries of a request, and between polls of a phase.
 * Tests pass a clock that the sleeper advances, so nothing sleeps for real.
 *
 * @param clock reads now
 * @param sleeper waits
 * @param random draws the jitter
 * @param requests the waits between retries of one request (429 without {@code Retry-After}, 5xx,
 *     transport errors)
 * @param polling the waits between polls of {@code awaitPhase} and of a delete
 */
public record Pacing(
        Clock clock, Sleeper sleeper, RandomGenerator random, Backoff requests, Backoff polling) {

    /** Retries of requests: 250 ms, ×2, ±25 %, at most 8 s (then the call's deadline decides). */
    public static final Backoff REQUESTS =
            new Backoff(Duration.ofMillis(250), 2.0, 0.25, Duration.ofSeconds(8));

    public Pacing {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(polling, "polling");
    }

    /**
     * The real world: system clock, real sleeps, {@link #REQUESTS} and {@link Backoff#POLLING}, and
     * jitter from each calling thread's own generator (the adapter is shared between threads).
     */
    public static Pacing system() {
        RandomGenerator perThread = () -> ThreadLocalRandom.current().nextLong();
        return new Pacing(Clock.systemUTC(), Sleeper.SYSTEM, perThread, REQUESTS, Backoff.POLLING);
    }
}
