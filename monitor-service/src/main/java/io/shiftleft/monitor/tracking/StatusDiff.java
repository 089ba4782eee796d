package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.catalog.TableRef;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares one listing of an environment with the last known state of its statements and says what
 * changed, with exactly one event per meaningful change. Pure, apart from the callbacks of its
 * {@link Context}; statements that did not change cost a map lookup and no allocation.
 *
 * <p>Rules: a phase seen for the first time is announced (unless the environment's baseline is
 * being taken, which only records); UNKNOWN must be seen {@code unknownAfter} times in a row; a
 * FAILED statement whose error cannot be read yet (Flink's REST API serves a job's exception
 * history from a cache refreshed every few seconds, so a job can be FAILED in the overview before
 * its error can be read) is announced when its error can be read, or once both {@code unknownAfter}
 * listings and {@code errorWait} have passed without it; a managed statement that is no longer
 * listed is MISSING at once (the list is all or nothing).
 */
final class StatusDiff {

    /** Resolves the table and product of a statement seen for the first time. */
    interface Resolver {
        TableRef resolve(String name, Map<String, String> labels);
    }

    /** What shift-left meant for a statement: asked only for statements that change. */
    interface Intents {
        Intent of(String name, String tableName);
    }

    /** The platform's error of a failed statement whose status gives none (may be empty). */
    interface Failures {
        String detailOf(String name);
    }

    /**
     * What a comparison needs besides the two states.
     *
     * @param environment the environment
     * @param now the time of the listing
     * @param baseline whether this is the environment's first listing (record, announce nothing)
     * @param unknownAfter how many listings in a row must show UNKNOWN before it counts
     * @param errorWait how long a new failure may be held back while its error cannot be read
     * @param resolver tables of new statements
     * @param intents what shift-left meant
     * @param failures errors of failed statements
     */
    record Context(
            String environment,
            Instant now,
            boolean baseline,
            int unknownAfter,
            Duration errorWait,
            Resolver resolver,
            Intents intents,
            Failures failures) {}

    /**
     * How often, and since when, a statement was seen in a state that is held back.
     *
     * @param times listings in a row
     * @param since the first of them
     */
    record Seen(int times, Instant since) {

        Seen again() {
            return new Seen(times + 1, since);
        }
    }

    private StatusDiff() {}

    /**
     * The changes between the last known state and a listing.
     *
     * @param previous the last known state, by name
     * @param listed the managed statements the platform lists now
     * @param held how many listings in a row, and since when, showed each statement UNKNOWN, or
     *     FAILED without a readable error (updated)
     */
    static List<Change> diff(
            Map<String, TrackedStatement> previous,
            List<StatementStatus> listed,
            Map<String, Seen> held,
            Context ctx) {
        List<Change> changes = new ArrayList<>();
        int found = 0;
        for (StatementStatus status : listed) {
            TrackedStatement before = previous.get(status.name());
            if (before != null && before.phase() != Phase.MISSING) {
                found++;
            }
            Phase phase = Phase.of(status.phase());
            if (phase == Phase.UNKNOWN && before != null && before.phase() != Phase.UNKNOWN) {
                if (seenAgain(held, status.name(), ctx).times() < ctx.unknownAfter()) {
                    continue;
                }
            } else if (!held.isEmpty()) {
                held.remove(status.name());
            }
            Change change = null;
            if (before == null) {
                change = firstSight(status, phase, ctx);
            } else if (!same(before, status, phase)) {
                change = changed(before, status, phase, ctx);
            }
            if (change != null && !errorUnread(change, held, ctx)) {
                changes.add(change);
            }
        }
        if (found < present(previous)) {
            missing(previous, listed, ctx, changes);
        }
        return changes;
    }

    private static Change firstSight(StatementStatus s, Phase phase, Context ctx) {
        TableRef ref = ctx.resolver().resolve(s.name(), s.labels());
        TrackedStatement after =
                state(ctx, s, phase, ref.tableName(), ref.productName(), ctx.now(), 1, false);
        if (ctx.baseline()) {
            return new Change(Optional.empty(), after, Optional.empty());
        }
        Intent intent = ctx.intents().of(after.name(), after.tableName());
        after = withFailure(after, ctx);
        return new Change(
                Optional.empty(), after, Optional.of(PhaseEvents.of(null, after, intent)));
    }

    private static Change changed(
            TrackedStatement before, StatementStatus s, Phase phase, Context ctx) {
        boolean phaseChanged = phase != before.phase();
        String table = before.tableName();
        String product = before.productName();
        if (table == null) {
            TableRef ref = ctx.resolver().resolve(s.name(), s.labels());
            table = ref.tableName();
            product = ref.productName();
        }
        TrackedStatement after =
                state(
                        ctx,
                        s,
                        phase,
                        table,
                        product,
                        phaseChanged ? ctx.now() : before.phaseSince(),
                        before.version() + 1,
                        before.lagHigh() && phase.isActive());
        if (!phaseChanged) {
            return new Change(Optional.of(before), after, Optional.empty());
        }
        after = withFailure(after, ctx);
        Intent intent = ctx.intents().of(after.name(), after.tableName());
        return new Change(
                Optional.of(before),
                after,
                Optional.of(PhaseEvents.of(before.phase(), after, intent)));
    }

    private static void missing(
            Map<String, TrackedStatement> previous,
            List<StatementStatus> listed,
            Context ctx,
            List<Change> changes) {
        Set<String> names = new HashSet<>(listed.size() * 2);
        for (StatementStatus s : listed) {
            names.add(s.name());
        }
        for (TrackedStatement before : previous.values()) {
            if (before.phase() == Phase.MISSING || names.contains(before.name())) {
                continue;
            }
            TrackedStatement after = before.missing(ctx.now());
            Intent intent = ctx.intents().of(after.name(), after.tableName());
            boolean planned = intent.deleting() || intent.deploying();
            MonitorEvent event =
                    Events.about(
                            after,
                            before.phase(),
                            planned
                                    ? EventType.STATEMENT_PHASE_CHANGED
                                    : EventType.STATEMENT_MISSING,
                            planned ? Severity.INFO : Severity.WARNING,
                            planned
                                    ? "Deleted by shift-left"
                                    : "The platform no longer lists this managed statement",
                            Map.of(),
                            intent);
            changes.add(new Change(Optional.of(before), after, Optional.of(event)));
        }
    }

    /**
     * Whether a new FAILED state is held back one more listing because its error cannot be read yet
     * (counted in {@code seen} under a key no statement name can have).
     */
    private static boolean errorUnread(Change c, Map<String, Seen> seen, Context ctx) {
        TrackedStatement s = c.after();
        String key = "failed:" + s.name();
        if (c.event().isEmpty() || s.phase() != Phase.FAILED || !s.detail().isBlank()) {
            if (!seen.isEmpty()) {
                seen.remove(key);
            }
            return false;
        }
        Seen held = seenAgain(seen, key, ctx);
        return held.times() < ctx.unknownAfter()
                || Duration.between(held.since(), ctx.now()).compareTo(ctx.errorWait()) < 0;
    }

    private static Seen seenAgain(Map<String, Seen> seen, String key, Context ctx) {
        return seen.merge(key, new Seen(1, ctx.now()), (old, one) -> old.again());
    }

    private static TrackedStatement withFailure(TrackedStatement s, Context ctx) {
        if (s.phase() != Phase.FAILED || !s.detail().isBlank()) {
            return s;
        }
        String detail = ctx.failures().detailOf(s.name());
        if (detail == null || detail.isBlank()) {
            return s;
        }
        return new TrackedStatement(
                s.environment(),
                s.name(),
                s.tableName(),
                s.productName(),
                s.phase(),
                s.rawPhase(),
                detail,
                s.platformId(),
                s.computePoolId(),
                s.sqlHash(),
                s.createdAt(),
                s.phaseSince(),
                s.changedAt(),
                s.lagHigh(),
                s.version());
    }

    private static boolean same(TrackedStatement before, StatementStatus s, Phase phase) {
        return phase == before.phase()
                && Objects.equals(before.platformId(), s.platformId().orElse(null))
                && Objects.equals(before.sqlHash(), hash(s))
                && Objects.equals(before.computePoolId(), s.computePoolId().orElse(null))
                && Objects.equals(before.createdAt(), s.createdAt().orElse(null))
                && Objects.equals(before.rawPhase(), s.rawPhase())
                // A failure's error may come from the platform's exceptions, not from its status.
                && (s.detail().isBlank() || Objects.equals(before.detail(), s.detail()));
    }

    private static int present(Map<String, TrackedStatement> previous) {
        int n = 0;
        for (TrackedStatement t : previous.values()) {
            if (t.phase() != Phase.MISSING) {
                n++;
            }
        }
        return n;
    }

    private static TrackedStatement state(
            Context ctx,
            StatementStatus s,
            Phase phase,
            String table,
            String product,
            Instant phaseSince,
            long version,
            boolean lagHigh) {
        return new TrackedStatement(
                ctx.environment(),
                s.name(),
                table,
                product,
                phase,
                s.rawPhase(),
                s.detail(),
                s.platformId().orElse(null),
                s.computePoolId().orElse(null),
                hash(s),
                s.createdAt().orElse(null),
                phaseSince,
                ctx.now(),
                lagHigh,
                version);
    }

    private static String hash(StatementStatus s) {
        return s.sqlHash().filter(h -> !h.isBlank()).orElse(null);
    }
}
