package io.shiftleft.notifier.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the n-th delay of the schedule (5 s, 5 min, 30 min, 2 h, 5
 * h, 10 h, 10 h by default), scaled by a random factor in [1 - jitter, 1 + jitter] so that many
 * deliveries failing together do not come back together. After the last delay's attempt fails, the
 * delivery is a dead letter.
 */
public final class RetrySchedule {

    private final List<Duration> delays;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param delays the delays between attempts
     * @param jitter the jitter ratio in [0, 1)
     * @param random uniform values in [0, 1)
     */
    public RetrySchedule(List<Duration> delays, double jitter, DoubleSupplier random) {
        this.delays = List.copyOf(delays);
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * The delay after the failure of attempt {@code step + 1} since recording or replay, if any.
     */
    public Optional<Duration> delayAfter(int step) {
        if (step < 0 || step >= delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(step);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor))));
    }

    /** The delays without jitter. */
    public List<Duration> delays() {
        return delays;
    }

    /** The jitter ratio. */
    public double jitter() {
        return jitter;
    }

    /** Attempts in all: one more than delays. */
    public int maxAttempts() {
        return delays.size() + 1;
    }
}
