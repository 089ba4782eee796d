package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.catalog.TableRef;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Test data for tracking: platform statuses and diff contexts. */
final class Listings {

    static final String ENV = "dev";
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private Listings() {}

    /** A status as a platform lists it, created at T0. */
    static StatementStatus status(String name, StatementPhase phase) {
        return status(name, phase, "", T0);
    }

    static StatementStatus status(
            String name, StatementPhase phase, String detail, Instant createdAt) {
        return new StatementStatus(
                name,
                phase,
                phase.name(),
                detail,
                Optional.of("job-" + name),
                Optional.of("lfcp-1"),
                Optional.of("hash-" + name),
                Map.of(),
                Optional.of(createdAt),
                T0,
                Optional.empty());
    }

    /** A context at {@code now}: tables from names, nothing planned, errors "boom". */
    static StatusDiff.Context context(Instant now, boolean baseline) {
        return context(now, baseline, Intent.NONE);
    }

    static StatusDiff.Context context(Instant now, boolean baseline, Intent intent) {
        return new StatusDiff.Context(
                ENV,
                now,
                baseline,
                2,
                Duration.ofSeconds(5),
                (name, labels) -> new TableRef("t_" + name, "p1", "test"),
                (name, table) -> intent,
                name -> "boom: " + name);
    }
}
