package io.shiftleft.platform;

import java.time.Duration;

/** Waits; tests pass one that only advances a clock. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep}. */
    Sleeper SYSTEM =
            duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
