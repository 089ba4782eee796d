package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.activity.ActiveStep;
import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.monitor.catalog.CatalogEntry;
import io.shiftleft.monitor.catalog.ProjectTopology;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.monitor.platform.ManagedSelector;
import io.shiftleft.monitor.platform.PlatformRegistry;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The poll cycle of an environment: one paged list call, the comparison with the last known state,
 * and one transaction that records the changes and puts their {@code statement-status} records and
 * events into the outbox. After the commit, the changes, events and the cycle's figures are
 * published in the application ({@link Change}, {@link MonitorEvent}, {@link CycleCompleted}).
 * Metrics sampled elsewhere come in through {@link #metricsSampled}, which raises and clears lag.
 */
@Service
public class StatementTracker {

    private static final Logger log = LoggerFactory.getLogger(StatementTracker.class);

    private final PlatformRegistry platforms;
    private final TrackingStates states;
    private final ChangeWriter writer;
    private final StatementCatalog catalog;
    private final ActivityTracker activity;
    private final MonitorProperties properties;
    private final Clock clock;

    StatementTracker(
            PlatformRegistry platforms,
            TrackingStates states,
            ChangeWriter writer,
            StatementCatalog catalog,
            ActivityTracker activity,
            MonitorProperties properties,
            Clock clock) {
        this.platforms = platforms;
        this.states = states;
        this.writer = writer;
        this.catalog = catalog;
        this.activity = activity;
        this.properties = properties;
        this.clock = clock;
    }

    /** Lists the environment once and records and announces what changed. */
    public CycleCompleted cycle(String environment) {
        CycleMeter meter = CycleMeter.start();
        Instant now = clock.instant();
        FlinkPlatform platform =
                platforms
                        .find(environment)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Environment "
                                                        + environment
                                                        + " is not watched (no"
                                                        + " monitor.environments."
                                                        + environment
                                                        + ".platform)"));
        List<StatementStatus> listed;
        try {
            ManagedSelector selector = platforms.selector(environment);
            listed = managed(platform.list(selector.filter()), selector);
        } catch (RuntimeException e) {
            log.warn("Cannot list the statements of environment {}: {}", environment, e.toString());
            return writer.published(meter.done(environment, now, 0, 0, 0, e.toString()));
        }
        TrackingState state = states.of(environment);
        List<Change> changes;
        List<MonitorEvent> extra = new ArrayList<>();
        state.lock.lock();
        try {
            StatusDiff.Context context =
                    new StatusDiff.Context(
                            environment,
                            now,
                            !state.baselined,
                            properties.unknownAfter(),
                            properties.failureErrorWait(),
                            (name, labels) -> catalog.resolve(environment, name, labels),
                            intents(environment),
                            name -> failureOf(platform, name));
            changes = StatusDiff.diff(state.statements, listed, state.held, context);
            OutOfOrder pairs = outOfOrder(environment, state, changes, now, extra);
            writer.write(environment, state, changes, extra, pairs, now, true);
            state.lastListedAt = now;
        } catch (ConcurrentChangeException e) {
            log.info("{}; reading environment {} again", e.getMessage(), environment);
            state.load(writer.store(), environment);
            return writer.published(
                    meter.done(environment, now, listed.size(), 0, 0, e.getMessage()));
        } finally {
            state.lock.unlock();
        }
        int events =
                extra.size() + (int) changes.stream().filter(c -> c.event().isPresent()).count();
        return writer.published(
                changes,
                extra,
                meter.done(environment, now, listed.size(), changes.size(), events, null));
    }

    /**
     * Takes sampled metrics in: they become the statements' latest gauges, and a lag threshold
     * crossed is recorded and announced (LAG_HIGH, LAG_RECOVERED) once.
     */
    public void metricsSampled(String environment, Map<String, Gauges> sampled) {
        TrackingState state = states.of(environment);
        List<Change> changes = new ArrayList<>();
        Instant now = clock.instant();
        state.lock.lock();
        try {
            StatusDiff.Intents intents = intents(environment);
            sampled.forEach(
                    (name, gauges) -> {
                        state.gauges.put(name, gauges);
                        TrackedStatement before = state.statements.get(name);
                        if (before != null && gauges.pendingRecords() != null) {
                            LagRule.evaluate(
                                            before,
                                            gauges.pendingRecords(),
                                            properties.lag().high(),
                                            properties.lag().recovered(),
                                            now,
                                            intents.of(name, before.tableName()))
                                    .ifPresent(changes::add);
                        }
                    });
            writer.write(environment, state, changes, List.of(), OutOfOrder.NONE, now, false);
        } catch (ConcurrentChangeException e) {
            log.info("{}; reading environment {} again", e.getMessage(), environment);
            state.load(writer.store(), environment);
            return;
        } finally {
            state.lock.unlock();
        }
        writer.published(changes, List.of(), null);
        writer.publish(new MetricsObserved(environment, sampled));
    }

    /** Forgets history older than {@code monitor.history-retention}. */
    public void purge() {
        Duration retention = properties.historyRetention();
        int gone = writer.store().purgeHistory(clock.instant().minus(retention));
        if (gone > 0) {
            log.info("Purged {} history entries older than {}", gone, retention);
        }
    }

    private static List<StatementStatus> managed(
            List<StatementStatus> listed, ManagedSelector selector) {
        if (selector.labels().isEmpty() && selector.namePrefixes().size() <= 1) {
            return listed; // the platform filtered already
        }
        return listed.stream().filter(selector::manages).toList();
    }

    /** The out-of-order pairs after the changes, and the events of those that are new. */
    private OutOfOrder outOfOrder(
            String environment,
            TrackingState state,
            List<Change> changes,
            Instant now,
            List<MonitorEvent> events) {
        ProjectTopology topology = catalog.topology(environment);
        if (topology.isEmpty() || changes.isEmpty() && topology == state.topology) {
            state.topology = topology;
            return OutOfOrder.NONE;
        }
        state.topology = topology;
        Map<String, TrackedStatement> next = new HashMap<>(state.statements);
        changes.forEach(c -> next.put(c.after().name(), c.after()));
        Set<OutOfOrderPair> pairs = OutOfOrderRule.pairs(next, topology);
        Set<OutOfOrderPair> added = new HashSet<>(pairs);
        added.removeAll(state.outOfOrder);
        Set<OutOfOrderPair> removed = new HashSet<>(state.outOfOrder);
        removed.removeAll(pairs);
        if (state.baselined) { // the first listing records standing pairs without a word
            for (OutOfOrderPair p : added) {
                events.add(OutOfOrderEvents.of(environment, p, next, now));
            }
        }
        return new OutOfOrder(pairs, added, removed);
    }

    private StatusDiff.Intents intents(String environment) {
        return new StatusDiff.Intents() {
            private Map<String, ActiveStep> active;

            @Override
            public Intent of(String name, String tableName) {
                if (active == null) {
                    active = activity.activeSteps(environment);
                }
                Optional<ActiveStep> step =
                        tableName == null
                                ? Optional.empty()
                                : Optional.ofNullable(active.get(tableName));
                Optional<CatalogEntry> entry = catalog.find(environment, name);
                return new Intent(
                        step.map(ActiveStep::planId).orElse(null),
                        step.map(ActiveStep::requestId).orElse(null),
                        entry.map(CatalogEntry::deletedOnPurpose).orElse(false),
                        entry.map(CatalogEntry::stoppedOnPurpose).orElse(false));
            }
        };
    }

    private static String failureOf(FlinkPlatform platform, String name) {
        try {
            List<StatementError> errors = platform.exceptions(name);
            return errors.isEmpty() ? "" : errors.get(0).message();
        } catch (RuntimeException e) {
            log.debug("Cannot read the errors of failed statement {}: {}", name, e.toString());
            return "";
        }
    }
}
