package io.shiftleft.monitor.metrics;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.platform.PlatformRegistry;
import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.StatementTracker;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import io.shiftleft.platform.ComputePool;
import io.shiftleft.platform.FlinkPlatform;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One metrics sweep of an environment: the next {@code statements-per-sweep} active statements in
 * turn (a platform's metrics calls are costly and rate-limited, so they are never made for every
 * statement every cycle), then the compute pools the tracked statements run on, in one list call.
 */
@Service
public class MetricsSampler {

    private static final Logger log = LoggerFactory.getLogger(MetricsSampler.class);

    private final PlatformRegistry platforms;
    private final TrackedStatements statements;
    private final StatementTracker tracker;
    private final MetricsStore store;
    private final PoolWatch pools;
    private final MonitorProperties.Metrics settings;
    private final Clock clock;
    private final Map<String, String> cursors = new ConcurrentHashMap<>();

    MetricsSampler(
            PlatformRegistry platforms,
            TrackedStatements statements,
            StatementTracker tracker,
            MetricsStore store,
            PoolWatch pools,
            MonitorProperties properties,
            Clock clock) {
        this.platforms = platforms;
        this.statements = statements;
        this.tracker = tracker;
        this.store = store;
        this.pools = pools;
        this.settings = properties.metrics();
        this.clock = clock;
    }

    /** Samples the environment's next statements and its pools. */
    public void sweep(String environment) {
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
        List<TrackedStatement> active =
                statements.statements(environment).stream()
                        .filter(s -> s.phase().isActive())
                        .sorted(Comparator.comparing(TrackedStatement::name))
                        .toList();
        Map<String, Gauges> sampled = new LinkedHashMap<>();
        int failed = 0;
        String failure = null;
        for (TrackedStatement s : next(environment, active)) {
            try {
                sampled.put(s.name(), Gauges.of(platform.metrics(s.name())));
            } catch (RuntimeException e) {
                failed++;
                failure = e.getMessage();
            }
        }
        if (failed > 0) {
            log.warn(
                    "Metrics of {} statements of environment {} could not be read; last error: {}",
                    failed,
                    environment,
                    failure);
        }
        if (!sampled.isEmpty()) {
            store.saveStatementSamples(
                    environment,
                    sampled.entrySet().stream()
                            .map(e -> new MetricPoint(e.getKey(), e.getValue()))
                            .toList());
            tracker.metricsSampled(environment, sampled);
        }
        platform.computePools().ifPresent(p -> samplePools(environment, p.list(Optional.empty())));
    }

    /** Deletes samples older than the window. */
    public void purge() {
        store.purge(clock.instant().minus(settings.window()));
    }

    /** The next statements in turn, after the last one sampled, wrapping around. */
    private List<TrackedStatement> next(String environment, List<TrackedStatement> active) {
        int n = Math.min(settings.statementsPerSweep(), active.size());
        if (n == 0) {
            return List.of();
        }
        String after = cursors.getOrDefault(environment, "");
        int start = 0;
        while (start < active.size() && active.get(start).name().compareTo(after) <= 0) {
            start++;
        }
        List<TrackedStatement> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(active.get((start + i) % active.size()));
        }
        cursors.put(environment, picked.get(picked.size() - 1).name());
        return picked;
    }

    private void samplePools(String environment, List<ComputePool> listed) {
        Set<String> used =
                statements.statements(environment).stream()
                        .map(TrackedStatement::computePoolId)
                        .filter(id -> id != null)
                        .collect(Collectors.toSet());
        Instant now = clock.instant();
        pools.observed(
                environment,
                listed.stream()
                        .filter(p -> used.contains(p.id()))
                        .map(p -> new PoolPoint(p.id(), now, p.currentCfu(), p.maxCfu()))
                        .toList());
    }
}
