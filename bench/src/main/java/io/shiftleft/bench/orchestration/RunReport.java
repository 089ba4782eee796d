package io.shiftleft.bench.orchestration;

import io.shiftleft.bench.orchestration.RunTimeline.CommandTimes;
import io.shiftleft.bench.orchestration.RunTimeline.StepTimes;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers of one measured run, computed from its timeline, and their printout: wall time and
 * overhead per statement, per-command latency and where it goes, how busy the parallelism was, the
 * planner's and the deployer's throughput, and the CPU each part used.
 *
 * @param label e.g. {@code parallel 16, run 1}
 * @param parallel the plan's maxParallel
 * @param requested when the deploy request was sent
 * @param accepted when the planner answered it (the plan computed and stored)
 * @param timeline what the services recorded
 * @param cpu CPU seconds per part during the run
 * @param plannerResults the planner's command-results listener during the run (Spring Kafka keeps
 *     no timer for a batch listener: then zero)
 * @param deployerCommands the deployer's deployment-commands listener during the run
 * @param loadBefore load average at the start
 * @param loadAfter load average at the end
 */
record RunReport(
        String label,
        int parallel,
        Instant requested,
        Instant accepted,
        RunTimeline timeline,
        Map<String, Double> cpu,
        ListenerTimers plannerResults,
        ListenerTimers deployerCommands,
        String loadBefore,
        String loadAfter) {

    /** The segments of a command's latency, in order; they add up to the whole. */
    private static final List<Segment> SEGMENTS =
            List.of(
                    new Segment(
                            "planner outbox: emitted -> published",
                            CommandTimes::emitted,
                            CommandTimes::published),
                    new Segment(
                            "Kafka + deployer intake: -> received",
                            CommandTimes::published,
                            CommandTimes::received),
                    new Segment(
                            "deployer queue: received -> acting",
                            CommandTimes::received,
                            CommandTimes::acting),
                    new Segment(
                            "platform calls on the fake: acting -> done",
                            CommandTimes::acting,
                            CommandTimes::done),
                    new Segment(
                            "deployer outbox: done -> result published",
                            CommandTimes::done,
                            CommandTimes::resultPublished),
                    new Segment(
                            "Kafka + planner saga: -> result applied",
                            CommandTimes::resultPublished,
                            CommandTimes::answered));

    /** A part of a command's life: from one recorded time to the next. */
    private record Segment(
            String name,
            Function<CommandTimes, Instant> from,
            Function<CommandTimes, Instant> to) {}

    int statements() {
        return timeline.commands().size();
    }

    /** Request sent to DEPLOYMENT_SUCCEEDED published, in ms. */
    double wallMillis() {
        return millis(requested, timeline.lastEventSent());
    }

    double overheadPerStatement() {
        return wallMillis() / statements();
    }

    /** First command emitted to last result applied, in ms. */
    double sagaMillis() {
        List<CommandTimes> c = timeline.commands();
        Instant first = c.stream().map(CommandTimes::emitted).min(Comparator.naturalOrder()).get();
        Instant last = c.stream().map(CommandTimes::answered).max(Comparator.naturalOrder()).get();
        return millis(first, last);
    }

    /** Time-weighted mean of commands in flight (emitted, not yet applied) during the saga. */
    double meanInFlight() {
        return sum(latencies()) / sagaMillis();
    }

    /** Share of the saga's time during which {@code parallel} commands were in flight. */
    double fullShare() {
        List<long[]> edges = new ArrayList<>(); // {time in micros, +1 | -1}
        for (CommandTimes c : timeline.commands()) {
            edges.add(new long[] {micros(c.emitted()), 1});
            edges.add(new long[] {micros(c.answered()), -1});
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        long full = 0;
        int inFlight = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (i > 0 && inFlight >= parallel) {
                full += edges.get(i)[0] - edges.get(i - 1)[0];
            }
            inFlight += (int) edges.get(i)[1];
        }
        return full / 1000.0 / sagaMillis();
    }

    void print(PrintStream out) {
        RunTimeline t = timeline;
        List<CommandTimes> c = t.commands();
        if (c.isEmpty()) {
            out.printf("%n== %s: %s without a single command%n", label, t.status());
            return;
        }
        long waves = t.steps().stream().mapToInt(StepTimes::wave).distinct().count();
        double[] latency = latencies();
        out.printf("%n== %s: %s%n", label, t.status());
        out.printf(
                "plan: %d statements (commands) in %d steps over %d waves; maxParallel %d%n",
                statements(), t.steps().size(), waves, parallel);
        out.printf("load average: %s at the start, %s at the end%n", loadBefore, loadAfter);
        out.printf(
                "wall, request -> %s published: %.0f ms = %.2f ms a statement%n",
                t.lastEvent(), wallMillis(), overheadPerStatement());
        out.printf(
                "  planning (request -> 202): %.0f ms; saga (first command -> last result): %.0f"
                        + " ms = %.2f ms a statement%n",
                millis(requested, accepted), sagaMillis(), sagaMillis() / statements());
        out.printf("command latency, emitted -> result applied (ms): %s%n", percentiles(latency));
        for (Segment s : SEGMENTS) {
            double[] v =
                    c.stream().mapToDouble(x -> millis(s.from.apply(x), s.to.apply(x))).toArray();
            out.printf("  %-46s %s%n", s.name, percentiles(v));
        }
        out.printf(
                "parallelism: %.1f commands in flight on average (limit %d, %.0f %% of it);"
                        + " at the limit %.0f %% of the time%n",
                meanInFlight(), parallel, 100 * meanInFlight() / parallel, 100 * fullShare());
        out.printf(
                "planner: %.0f commands emitted/s, %.0f results applied/s, in %d transactions"
                        + " (%.1f results each on average, at most %d)%s%n",
                rate(c, CommandTimes::emitted),
                rate(c, CommandTimes::answered),
                resultTransactions().size(),
                resultsPerTransaction(),
                resultTransactions().values().stream().mapToLong(Long::longValue).max().orElse(0),
                plannerResults.count() == 0
                        ? ""
                        : String.format(
                                "; listener %.2f ms a call (%d calls)",
                                plannerResults.meanMillis(), plannerResults.count()));
        out.printf(
                "deployer: %.0f commands executed/s; listener %.2f ms a command (%d commands)%n",
                rate(c, CommandTimes::done),
                deployerCommands.meanMillis(),
                deployerCommands.count());
        double ours = 0;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Double> e : cpu.entrySet()) {
            if (!e.getKey().equals("machine")) {
                ours += e.getValue();
                parts.append(
                        String.format(
                                "%s %.1f s (%.2f ms/stmt), ",
                                e.getKey(), e.getValue(), 1000 * e.getValue() / statements()));
            }
        }
        double machine = cpu.getOrDefault("machine", 0.0);
        out.printf(
                "CPU: %sthe rest of the machine %.1f s; %.1f of %.1f core-seconds busy%n",
                parts,
                machine - ours,
                machine,
                Runtime.getRuntime().availableProcessors() * wallMillis() / 1000);
    }

    /** One line of a Markdown table: the run's main numbers. */
    String markdownRow() {
        if (statements() == 0) {
            return "| " + parallel + " | 0 | no command was sent | | | | | | | |";
        }
        double[] latency = latencies();
        return String.format(
                "| %d | %d | %.1f s | %.2f ms | %.1f / %.1f / %.1f ms | %.1f (%.0f %%) | %.0f/s |"
                        + " %.1f | %.0f/s | %s |",
                parallel,
                statements(),
                wallMillis() / 1000,
                overheadPerStatement(),
                percentile(latency, 50),
                percentile(latency, 99),
                max(latency),
                meanInFlight(),
                100 * meanInFlight() / parallel,
                rate(timeline.commands(), CommandTimes::emitted),
                resultsPerTransaction(),
                rate(timeline.commands(), CommandTimes::done),
                loadBefore.split(" ")[0] + " → " + loadAfter.split(" ")[0]);
    }

    /**
     * The transactions in which the planner applied results, with how many each applied: results
     * applied in one transaction share its time ({@code answered_at}).
     */
    Map<Instant, Long> resultTransactions() {
        return timeline.commands().stream()
                .map(CommandTimes::answered)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    }

    /** Mean results applied per transaction of the planner. */
    double resultsPerTransaction() {
        Map<Instant, Long> tx = resultTransactions();
        return tx.isEmpty() ? Double.NaN : (double) statements() / tx.size();
    }

    private double[] latencies() {
        return timeline.commands().stream()
                .mapToDouble(c -> millis(c.emitted(), c.answered()))
                .toArray();
    }

    /** Events per second between the first and the last of them. */
    private static double rate(List<CommandTimes> c, Function<CommandTimes, Instant> at) {
        List<Instant> times = c.stream().map(at).filter(x -> x != null).sorted().toList();
        return times.size() < 2
                ? Double.NaN
                : (times.size() - 1) * 1000.0 / millis(times.get(0), times.get(times.size() - 1));
    }

    private static String percentiles(double[] v) {
        double[] known = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        if (known.length == 0) {
            return "no data";
        }
        return String.format(
                "mean %.1f, p50 %.1f, p90 %.1f, p99 %.1f, max %.1f",
                sum(known) / known.length,
                percentile(known, 50),
                percentile(known, 90),
                percentile(known, 99),
                max(known));
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }

    private static double millis(Instant from, Instant to) {
        return from == null || to == null
                ? Double.NaN
                : Duration.between(from, to).toNanos() / 1_000_000.0;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }
}
