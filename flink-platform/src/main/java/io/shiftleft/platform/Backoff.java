package io.shiftleft.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential waits with jitter, capped: {@code base × multiplier^n}, then ± {@code jitter} (a
 * fraction), never above {@code cap}. Shared by the phase poller and the adapters' request retries
 * (platform-apis C.4: 1 s, ×1.5, ±25 %, at most 30 s for polling).
 */
public record Backoff(Duration base, double multiplier, double jitter, Duration cap) {

    /** The polling policy of both adapters. */
    public static final Backoff POLLING =
            new Backoff(Duration.ofSeconds(1), 1.5, 0.25, Duration.ofSeconds(30));

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException(
                    "Backoff needs base >= 0, multiplier >= 1 and 0 <= jitter < 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} (0 is the wait after the first attempt). */
    public Duration delay(int attempt, RandomGenerator random) {
        double nanos = base.toNanos() * Math.pow(multiplier, Math.min(attempt, 64));
        double capped = Math.min(nanos, cap.toNanos());
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofNanos((long) Math.min(capped * factor, cap.toNanos()));
    }
}
