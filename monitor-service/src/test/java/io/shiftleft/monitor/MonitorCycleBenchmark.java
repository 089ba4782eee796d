package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.monitor.alerting.AlertEvaluator;
import io.shiftleft.monitor.tracking.CycleCompleted;
import io.shiftleft.monitor.tracking.StatementTracker;
import io.shiftleft.monitor.tracking.TrackedStatements;
import io.shiftleft.monitorbench.BenchPlatforms;
import io.shiftleft.monitorbench.SimulatedPlatform;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementPhase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The monitor's cycle on a simulated platform of 10,000 statements, with the real service around it
 * (PostgreSQL, the outbox, Kafka, the schema registry): a cycle's CPU time and allocations with no
 * change and with 1 % of the statements changed, one evaluation of five alert rules, exactly one
 * event per change, no event after a restart, and the detection latency at the default poll
 * interval (target: interval + 1 s). Not a unit test: its name keeps it out of {@code mvn verify};
 * run it with
 *
 * <pre>
 * mvn -o -pl monitor-service verify -Dtest=MonitorCycleBenchmark -Dshiftleft.bench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Knobs (system properties): {@code bench.statements} (10000), {@code bench.changes} (100 per
 * round), {@code bench.rounds} (10), {@code bench.poll} (PT10S), {@code bench.latency-samples}
 * (12). The report is printed and written to {@code target/monitor-cycle-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "shiftleft.bench", matches = "true")
class MonitorCycleBenchmark {

    private static final int N = Integer.getInteger("bench.statements", 10_000);
    private static final int CHANGES = Integer.getInteger("bench.changes", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final Duration POLL = Duration.parse(System.getProperty("bench.poll", "PT10S"));
    private static final int SAMPLES = Integer.getInteger("bench.latency-samples", 12);
    private static final String ENV = BenchPlatforms.ENV;

    private final List<String> report = new ArrayList<>();
    private final Random random = new Random(42);

    @Test
    void measuresTheCycleOfTenThousandStatements() throws Exception {
        SimulatedPlatform sim = new SimulatedPlatform(N);
        BenchPlatforms.platform = sim;
        line(
                "Monitor cycle benchmark: %d statements, %d changes x %d rounds, poll %s",
                N, CHANGES, ROUNDS, POLL);
        line("JVM: %s, %d cores", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (PipelineEvents events = new PipelineEvents()) {
            Map<String, Integer> expected = new HashMap<>();
            try (MonitorApp app = start("PT1H")) {
                StatementTracker tracker = app.bean(StatementTracker.class);
                await().atMost(Duration.ofMinutes(5)).until(() -> !BenchPlatforms.CYCLES.isEmpty());
                assertThat(app.bean(TrackedStatements.class).statements(ENV)).hasSize(N);
                CycleCompleted baseline = BenchPlatforms.CYCLES.get(0);
                line(
                        "baseline (first listing, %d rows and status records written): %s",
                        N, figures(baseline));
                listingCost(sim);
                List<CycleCompleted> quiet = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    CycleCompleted c = tracker.cycle(ENV);
                    if (i >= 5) {
                        quiet.add(c);
                    }
                }
                line("no change (10 cycles after 5 warm-up): %s", summary(quiet));
                alertEvaluationCost(app.bean(AlertEvaluator.class));
                List<CycleCompleted> changed = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    // Distinct statements: two flips of one statement before a cycle cancel out.
                    random.ints(0, N)
                            .distinct()
                            .limit(CHANGES)
                            .forEach(i -> expected.merge(flip(sim, i), 1, Integer::sum));
                    changed.add(tracker.cycle(ENV));
                }
                line("%d changes per cycle (%d rounds): %s", CHANGES, ROUNDS, summary(changed));
                int total = expected.values().stream().mapToInt(Integer::intValue).sum();
                assertThat(changed.stream().mapToInt(CycleCompleted::events).sum())
                        .isEqualTo(total);
                await().atMost(Duration.ofMinutes(2)).until(() -> benchEvents(events) >= total);
                Thread.sleep(2_000);
                checkOnePerChange(events, expected, total);
            }
            int before = benchEvents(events);
            try (MonitorApp app = start(POLL.toString())) {
                Thread.sleep(POLL.multipliedBy(2).plusSeconds(2).toMillis());
                assertThat(benchEvents(events)).as("events after a restart").isEqualTo(before);
                line("restart: %d statements known, no event in the first two cycles", N);
                latency(sim, events);
            }
        }
        Files.write(Path.of("target", "monitor-cycle-benchmark.txt"), report);
    }

    private MonitorApp start(String poll) throws IOException {
        return MonitorApp.start(
                "monitor-bench",
                Map.of(
                        "monitor.poll-interval",
                        poll,
                        "monitor.metrics.interval",
                        "1h",
                        "monitor.alerts.rules-file",
                        rulesFile().toString(),
                        "logging.level.io.shiftleft",
                        "WARN"),
                BenchPlatforms.class);
    }

    /** Five rules of the kinds a team would run, one of them on the phase the rounds flip to. */
    private static Path rulesFile() throws IOException {
        Path file = Path.of("target", "monitor-bench-alert-rules.yaml");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "rules:",
                        "  - {name: failed, condition: {phase: [FAILED, MISSING]}, severity: ERROR}",
                        "  - {name: degraded, condition: {phase: [DEGRADED]}, for: 10m}",
                        "  - {name: stuck, condition: {phase: [PENDING], longer_than: 5m}}",
                        "  - {name: lag, condition: {lag_above: 100000, resolve_below: 10000},"
                                + " for: 2m}",
                        "  - {name: pools, condition: {pool_usage_above: 0.9, resolve_below:"
                                + " 0.8}}",
                        ""));
        return file;
    }

    /** One evaluation of the five rules on every statement, on this thread, after warm-up. */
    private void alertEvaluationCost(AlertEvaluator evaluator) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> cpu = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long b = threads.getCurrentThreadAllocatedBytes();
            evaluator.evaluate(ENV);
            if (i >= 5) {
                cpu.add(threads.getCurrentThreadCpuTime() - c);
                bytes.add(threads.getCurrentThreadAllocatedBytes() - b);
            }
        }
        cpu.sort(null);
        bytes.sort(null);
        line(
                "alert evaluation, 5 rules on %d statements (10 after 5 warm-up): cpu median %.1f ms"
                        + " (max %.1f), allocated median %.1f MiB",
                N,
                cpu.get(cpu.size() / 2) / 1e6,
                cpu.get(cpu.size() - 1) / 1e6,
                bytes.get(bytes.size() / 2) / 1048576.0);
    }

    /** What listing alone costs on the simulated platform (part of every cycle's figures). */
    private void listingCost(SimulatedPlatform sim) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10; i++) {
            sim.list(StatementFilter.all());
        }
        line(
                "of which the simulated listing: cpu %.1f ms, allocated %.1f MiB",
                (threads.getCurrentThreadCpuTime() - cpu) / 10 / 1e6,
                (threads.getCurrentThreadAllocatedBytes() - bytes) / 10 / 1048576.0);
    }

    /** Turns a running statement degraded and a degraded one running again; answers the key. */
    private static String flip(SimulatedPlatform sim, int i) {
        StatementPhase next =
                sim.phase(i) == StatementPhase.RUNNING
                        ? StatementPhase.DEGRADED
                        : StatementPhase.RUNNING;
        sim.phase(i, next);
        return sim.name(i) + "/" + next;
    }

    private void checkOnePerChange(
            PipelineEvents events, Map<String, Integer> expected, int total) {
        Map<String, Integer> seen = new HashMap<>();
        for (PipelineEvents.Received r : events.matching(e -> e.getEnvironment().equals(ENV))) {
            seen.merge(r.event().getStatementName() + "/" + r.event().getPhase(), 1, Integer::sum);
        }
        // A statement flipped twice to the same phase in different rounds has two events.
        assertThat(seen).isEqualTo(expected);
        line(
                "events: %d changes, %d events on pipeline-events, one per change: yes",
                total, seen.values().stream().mapToInt(Integer::intValue).sum());
    }

    private void latency(SimulatedPlatform sim, PipelineEvents events) throws Exception {
        List<Long> millis = new ArrayList<>();
        List<Long> afterListing = new ArrayList<>();
        for (int s = 0; s < SAMPLES; s++) {
            Thread.sleep((long) (random.nextDouble() * POLL.toMillis()));
            int i = random.nextInt(N);
            String key = flip(sim, i);
            Instant changed = Instant.now();
            PipelineEvents.Received r =
                    events.await(
                            e ->
                                    (e.getStatementName() + "/" + e.getPhase()).equals(key)
                                            && e.getOccurredAt().isAfter(changed.minusMillis(1)),
                            POLL.multipliedBy(3));
            millis.add(Duration.between(changed, r.at()).toMillis());
            afterListing.add(Duration.between(r.event().getOccurredAt(), r.at()).toMillis());
        }
        millis.sort(null);
        afterListing.sort(null);
        long max = millis.get(millis.size() - 1);
        line(
                "detection latency, change to event received on pipeline-events (%d samples):"
                        + " median %d ms, p90 %d ms, max %d ms; target %d ms: %s",
                SAMPLES,
                millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.9)),
                max,
                POLL.plusSeconds(1).toMillis(),
                max <= POLL.plusSeconds(1).toMillis() ? "met" : "MISSED");
        line(
                "of which from the listing that saw it to the event received (cycle, commit, outbox"
                        + " relay, broker, consumer): median %d ms, max %d ms",
                afterListing.get(afterListing.size() / 2),
                afterListing.get(afterListing.size() - 1));
        assertThat(max).isLessThanOrEqualTo(POLL.plusSeconds(1).toMillis());
    }

    private static int benchEvents(PipelineEvents events) {
        return events.matching(e -> e.getEnvironment().equals(ENV)).size();
    }

    private static String figures(CycleCompleted c) {
        return String.format(
                "wall %d ms, cpu %.1f ms, allocated %.1f MiB, %d changes, %d events",
                c.elapsed().toMillis(),
                c.cpuNanos() / 1e6,
                c.allocatedBytes() / 1048576.0,
                c.changes(),
                c.events());
    }

    private static String summary(List<CycleCompleted> cycles) {
        return String.format(
                "wall median %d ms (max %d), cpu median %.1f ms (max %.1f), allocated median"
                        + " %.1f MiB (max %.1f)",
                median(cycles, c -> c.elapsed().toMillis()),
                max(cycles, c -> c.elapsed().toMillis()),
                median(cycles, CycleCompleted::cpuNanos) / 1e6,
                max(cycles, CycleCompleted::cpuNanos) / 1e6,
                median(cycles, CycleCompleted::allocatedBytes) / 1048576.0,
                max(cycles, CycleCompleted::allocatedBytes) / 1048576.0);
    }

    private static long median(List<CycleCompleted> cycles, ToLongFunction<CycleCompleted> f) {
        long[] v = cycles.stream().mapToLong(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static long max(List<CycleCompleted> cycles, ToLongFunction<CycleCompleted> f) {
        return cycles.stream().mapToLong(f).max().orElse(0);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[bench] " + text);
    }
}
