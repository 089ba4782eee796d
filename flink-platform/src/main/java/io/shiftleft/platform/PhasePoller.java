package io.shiftleft.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Waits for a statement to reach one of a set of phases: the first look at once, then {@link
 * Backoff} waits, never past the deadline. A terminal phase that is not awaited ends the wait
 * early, so a failed DDL is reported at once rather than at the deadline.
 */
public final class PhasePoller {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final RandomGenerator random;

    public PhasePoller(Clock clock, Sleeper sleeper, Backoff backoff, RandomGenerator random) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.random = random;
    }

    /** The poller of the real world: system clock, real sleeps, {@link Backoff#POLLING}. */
    public static PhasePoller system() {
        return new PhasePoller(
                Clock.systemUTC(), Sleeper.SYSTEM, Backoff.POLLING, RandomGenerator.getDefault());
    }

    /**
     * Looks up the statement until it is in one of {@code targets}.
     *
     * @param name the statement
     * @param lookup how to read its status; empty when it does not exist
     * @param targets the phases to wait for; an absent statement counts as reaching none
     * @param timeout how long to wait at most
     * @return the status in a target phase
     * @throws PlatformException TIMEOUT at the deadline (with the last phase seen), NOT_FOUND when
     *     the statement disappears, UNEXPECTED_PHASE when it stops in another terminal phase
     */
    public StatementStatus await(
            String name,
            Function<String, Optional<StatementStatus>> lookup,
            Set<StatementPhase> targets,
            Duration timeout) {
        Optional<StatementStatus> reached =
                until(
                        name,
                        "a phase in " + targets,
                        timeout,
                        () -> lookup.apply(name),
                        status -> reached(name, status, targets),
                        status -> status.map(PhasePoller::phaseOf).orElse("nothing"));
        return reached.orElseThrow();
    }

    /**
     * Looks until {@code done} accepts the answer: the first look at once, then {@link Backoff}
     * waits, never past the deadline. {@code done} may end the wait early by throwing.
     *
     * @param name the statement the wait is about (for errors)
     * @param what what is awaited (for errors)
     * @param describe the last answer, for the timeout's message
     * @throws PlatformException TIMEOUT at the deadline, with the last answer seen
     */
    public <T> T until(
            String name,
            String what,
            Duration timeout,
            Supplier<T> look,
            Predicate<T> done,
            Function<T, String> describe) {
        Instant deadline = clock.instant().plus(timeout);
        T last;
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
                        name,
                        "Interrupted while waiting for " + what,
                        null,
                        e);
            }
        }
        throw new PlatformException(
                PlatformException.Reason.TIMEOUT,
                name,
                "Waited " + timeout + " for " + what + "; last seen " + describe.apply(last));
    }

    private static boolean reached(
            String name, Optional<StatementStatus> status, Set<StatementPhase> targets) {
        if (status.isEmpty()) {
            throw new PlatformException(
                    PlatformException.Reason.NOT_FOUND,
                    name,
                    "The statement does not exist while waiting for " + targets);
        }
        StatementStatus s = status.get();
        if (targets.contains(s.phase())) {
            return true;
        }
        if (s.phase().isTerminal()) {
            throw new PlatformException(
                    PlatformException.Reason.UNEXPECTED_PHASE,
                    name,
                    "The statement is "
                            + phaseOf(s)
                            + " while waiting for "
                            + targets
                            + (s.detail().isEmpty() ? "" : ": " + s.detail()));
        }
        return false;
    }

    private static String phaseOf(StatementStatus s) {
        return s.phase() + (s.rawPhase().isEmpty() ? "" : " (" + s.rawPhase() + ")");
    }
}
