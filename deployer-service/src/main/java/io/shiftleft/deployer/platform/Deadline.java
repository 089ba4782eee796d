package io.shiftleft.deployer.platform;

import io.shiftleft.platform.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The end of a step's time: every wait of the step takes what is left of it. */
final class Deadline {

    private final Clock clock;
    private final Instant end;
    private final Duration total;

    Deadline(Clock clock, Duration total) {
        this.clock = clock;
        this.total = total;
        this.end = clock.instant().plus(total);
    }

    /**
     * The time left.
     *
     * @throws PlatformException TIMEOUT when none is left, naming the statement and the wait
     */
    Duration remaining(String statement, String waitingFor) {
        Duration left = Duration.between(clock.instant(), end);
        if (left.isNegative() || left.isZero()) {
            throw new PlatformException(
                    PlatformException.Reason.TIMEOUT,
                    statement,
                    "The command's deadline of " + total + " passed before " + waitingFor);
        }
        return left.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
    }
}
