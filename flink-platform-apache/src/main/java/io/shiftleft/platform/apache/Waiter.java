package io.shiftleft.platform.apache;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Short waits inside one call (an operation to end, a cancelled job to stop): look, then wait with
 * the settings' poll backoff, until the answer is acceptable or the deadline passes.
 */
final class Waiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final RandomGenerator random = RandomGenerator.getDefault();

    Waiter(Clock clock, Sleeper sleeper, Backoff backoff) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
    }

    /**
     * Looks until {@code done} accepts the answer.
     *
     * @throws PlatformException TIMEOUT naming {@code what} when the deadline passes first
     */
    <T> T until(
            Supplier<T> look, Predicate<T> done, Duration timeout, String statement, String what) {
        Instant deadline = clock.instant().plus(timeout);
        T last = null;
        for (int attempt = 0; ; attempt++) {
            last = look.get();
            if (done.test(last)) {
                return last;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            Duration wait = backoff.delay(attempt, random);
            try {
                sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(
                        PlatformException.Reason.TIMEOUT,
                        statement,
                        "Interrupted while waiting for " + what,
                        null,
                        e);
            }
        }
        throw new PlatformException(
                PlatformException.Reason.TIMEOUT,
                statement,
                "Waited " + timeout + " for " + what + "; last seen: " + describe(last));
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
