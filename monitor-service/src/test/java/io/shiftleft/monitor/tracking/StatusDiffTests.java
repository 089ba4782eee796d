package io.shiftleft.monitor.tracking;

import static io.shiftleft.monitor.tracking.Listings.T0;
import static io.shiftleft.monitor.tracking.Listings.context;
import static io.shiftleft.monitor.tracking.Listings.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison of a listing with the last known state: one event per meaningful change. */
class StatusDiffTests {

    private final Map<String, TrackedStatement> known = new HashMap<>();
    private final Map<String, StatusDiff.Seen> unknownSeen = new HashMap<>();
    private Instant now = T0;

    @Test
    void recordsTheFirstListingOfAnEnvironmentWithoutAnnouncingIt() {
        List<Change> changes =
                diff(true, status("a", StatementPhase.RUNNING), status("b", StatementPhase.FAILED));

        assertThat(changes).hasSize(2).allMatch(c -> c.event().isEmpty());
        assertThat(changes.get(0).after().tableName()).isEqualTo("t_a");
        assertThat(changes.get(0).after().version()).isEqualTo(1);
    }

    @Test
    void announcesANewStatementOnceAndAnUnchangedOneNever() {
        List<Change> first = diff(false, status("a", StatementPhase.PENDING));
        List<Change> again = diff(false, status("a", StatementPhase.PENDING));

        assertThat(first).singleElement().satisfies(c -> assertThat(c.event()).isPresent());
        assertThat(first.get(0).event().get().type()).isEqualTo(EventType.STATEMENT_PHASE_CHANGED);
        assertThat(first.get(0).event().get().previousPhase()).isNull();
        assertThat(again).isEmpty();
    }

    @Test
    void saysFailedWithThePlatformsErrorAndRecoveredWhenItRunsAgain() {
        diff(true, status("a", StatementPhase.RUNNING));

        MonitorEvent failed = onlyEvent(diff(false, status("a", StatementPhase.FAILED)));
        MonitorEvent recovered = onlyEvent(diff(false, status("a", StatementPhase.RUNNING)));

        assertThat(failed.type()).isEqualTo(EventType.STATEMENT_FAILED);
        assertThat(failed.severity()).isEqualTo(Severity.ERROR);
        assertThat(failed.detail()).isEqualTo("boom: a");
        assertThat(failed.previousPhase()).isEqualTo(Phase.RUNNING);
        assertThat(failed.tableName()).isEqualTo("t_a");
        assertThat(failed.productName()).isEqualTo("p1");
        assertThat(failed.statementName()).isEqualTo("a");
        assertThat(recovered.type()).isEqualTo(EventType.STATEMENT_RECOVERED);
        assertThat(known.get("a").detail()).isEmpty();
    }

    @Test
    void keepsTheErrorItReadOfAFailedStatementWithoutRewritingItEachCycle() {
        diff(true, status("a", StatementPhase.RUNNING));
        diff(false, status("a", StatementPhase.FAILED));

        assertThat(diff(false, status("a", StatementPhase.FAILED))).isEmpty();
        assertThat(known.get("a").detail()).isEqualTo("boom: a");
    }

    @Test
    void holdsAFailureBackOneListingWhileItsErrorCannotBeRead() {
        diff(true, status("a", StatementPhase.RUNNING), status("b", StatementPhase.RUNNING));
        String[] error = {""};
        StatusDiff.Context unread =
                new StatusDiff.Context(
                        Listings.ENV,
                        now,
                        false,
                        2,
                        Duration.ZERO,
                        (name, labels) -> new io.shiftleft.monitor.catalog.TableRef("t", "p", "x"),
                        (name, table) -> Intent.NONE,
                        name -> error[0]);

        StatementStatus b = status("b", StatementPhase.RUNNING);
        List<Change> first = diff(false, unread, status("a", StatementPhase.FAILED), b);
        error[0] = "java.lang.ArithmeticException: / by zero";
        List<Change> second = diff(false, unread, status("a", StatementPhase.FAILED), b);
        error[0] = "";
        diff(
                false,
                unread,
                status("a", StatementPhase.RUNNING),
                status("b", StatementPhase.FAILED));
        List<Change> late =
                diff(
                        false,
                        unread,
                        status("a", StatementPhase.RUNNING),
                        status("b", StatementPhase.FAILED));

        assertThat(first).isEmpty();
        assertThat(onlyEvent(second).detail()).contains("/ by zero");
        assertThat(onlyEvent(late).type()).isEqualTo(EventType.STATEMENT_FAILED);
        assertThat(onlyEvent(late).statementName()).isEqualTo("b");
    }

    @Test
    void holdsAFailureWithoutItsErrorForTheErrorWaitEvenOverManyFastListings() {
        diff(true, status("a", StatementPhase.RUNNING));
        StatusDiff.Context[] at = new StatusDiff.Context[1];
        Instant start = now;
        List<List<Change>> listings = new java.util.ArrayList<>();
        for (int second = 1; second <= 6; second++) {
            at[0] =
                    new StatusDiff.Context(
                            Listings.ENV,
                            start.plusSeconds(second),
                            false,
                            2,
                            Duration.ofSeconds(5),
                            (name, labels) ->
                                    new io.shiftleft.monitor.catalog.TableRef("t", "p", "x"),
                            (name, table) -> Intent.NONE,
                            name -> "");
            listings.add(diff(false, at[0], status("a", StatementPhase.FAILED)));
        }

        assertThat(listings.subList(0, 5)).allMatch(List::isEmpty);
        MonitorEvent failed = onlyEvent(listings.get(5));
        assertThat(failed.type()).isEqualTo(EventType.STATEMENT_FAILED);
        assertThat(failed.detail()).isEmpty();
    }

    @Test
    void saysDegradedOnceForDegradedThenFailing() {
        diff(true, status("a", StatementPhase.RUNNING));

        MonitorEvent degraded = onlyEvent(diff(false, status("a", StatementPhase.DEGRADED)));
        MonitorEvent failing = onlyEvent(diff(false, status("a", StatementPhase.FAILING)));

        assertThat(degraded.type()).isEqualTo(EventType.STATEMENT_DEGRADED);
        assertThat(failing.type()).isEqualTo(EventType.STATEMENT_PHASE_CHANGED);
    }

    @Test
    void waitsForUnknownToBeSeenTwiceInARow() {
        diff(true, status("a", StatementPhase.RUNNING));

        assertThat(diff(false, status("a", StatementPhase.UNKNOWN))).isEmpty();
        assertThat(diff(false, status("a", StatementPhase.RUNNING))).isEmpty();
        assertThat(diff(false, status("a", StatementPhase.UNKNOWN))).isEmpty();
        MonitorEvent unknown = onlyEvent(diff(false, status("a", StatementPhase.UNKNOWN)));

        assertThat(unknown.phase()).isEqualTo(Phase.UNKNOWN);
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void saysMissingForAManagedStatementTheListLostUnlessShiftLeftDeletedIt() {
        diff(true, status("a", StatementPhase.RUNNING), status("b", StatementPhase.RUNNING));

        List<Change> lost = diff(false, status("a", StatementPhase.RUNNING));
        List<Change> still = diff(false, status("a", StatementPhase.RUNNING));

        MonitorEvent missing = onlyEvent(lost);
        assertThat(missing.type()).isEqualTo(EventType.STATEMENT_MISSING);
        assertThat(missing.statementName()).isEqualTo("b");
        assertThat(known.get("b").phase()).isEqualTo(Phase.MISSING);
        assertThat(still).isEmpty();

        Intent deleting = new Intent(null, null, true, false);
        diff(false, context(now, false, deleting), status("c", StatementPhase.RUNNING));
        List<Change> deleted = diff(false, context(now, false, deleting));
        assertThat(deleted)
                .extracting(c -> c.event().orElseThrow().type())
                .containsOnly(EventType.STATEMENT_PHASE_CHANGED);
    }

    @Test
    void warnsOfAStopNobodyAskedForAndNotOfAPlannedOne() {
        diff(true, status("a", StatementPhase.RUNNING), status("b", StatementPhase.RUNNING));

        MonitorEvent unplanned =
                onlyEvent(
                        diff(
                                false,
                                status("a", StatementPhase.STOPPED),
                                status("b", StatementPhase.RUNNING)));
        Intent stop = new Intent("plan-1", "req-1", false, true);
        List<Change> planned =
                diff(
                        false,
                        context(now, false, stop),
                        status("a", StatementPhase.STOPPED),
                        status("b", StatementPhase.STOPPED));

        assertThat(unplanned.severity()).isEqualTo(Severity.WARNING);
        assertThat(unplanned.attributes()).containsEntry("unplanned", "true");
        assertThat(onlyEvent(planned).severity()).isEqualTo(Severity.INFO);
        assertThat(onlyEvent(planned).planId()).isEqualTo("plan-1");
    }

    @Test
    void recordsANewJobWithoutAnEventAndGivesEveryChangeANewVersion() {
        diff(true, status("a", StatementPhase.RUNNING));
        StatementStatus restarted = status("a", StatementPhase.RUNNING, "", T0.plusSeconds(60));

        List<Change> changes = diff(false, restarted);

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.event()).isEmpty());
        assertThat(changes.get(0).after().version()).isEqualTo(2);
        assertThat(changes.get(0).after().createdAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void givesTheSameChangeTheSameEventId() {
        diff(true, status("a", StatementPhase.RUNNING));
        Map<String, TrackedStatement> before = Map.copyOf(known);

        MonitorEvent first = onlyEvent(diff(false, status("a", StatementPhase.FAILED)));
        known.clear();
        known.putAll(before);
        MonitorEvent second = onlyEvent(diff(false, status("a", StatementPhase.FAILED)));

        assertThat(second.eventId()).isEqualTo(first.eventId());
    }

    private List<Change> diff(boolean baseline, StatementStatus... listed) {
        return diff(baseline, context(now, baseline), listed);
    }

    private List<Change> diff(boolean baseline, StatusDiff.Context ctx, StatementStatus... listed) {
        now = now.plusSeconds(10);
        List<Change> changes = StatusDiff.diff(known, List.of(listed), unknownSeen, ctx);
        changes.forEach(c -> known.put(c.after().name(), c.after()));
        return changes;
    }

    private static MonitorEvent onlyEvent(List<Change> changes) {
        List<MonitorEvent> events =
                changes.stream().map(Change::event).flatMap(Optional::stream).toList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
