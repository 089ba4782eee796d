package io.shiftleft.platform.apache;

import io.shiftleft.platform.StatementMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Reads a job's metrics through the JobManager REST API: per vertex, the metric ids its subtasks
 * report, then their sums (or maxima) over subtasks.
 *
 * <ul>
 *   <li>records in: what the source operators emitted ({@code Source__….numRecordsOut});
 *   <li>records out: what the sinks sent ({@code ….numRecordsSend}), else what sink writers took
 *       in;
 *   <li>pending records (the lag): the Kafka sources' {@code pendingRecords}, summed;
 *   <li>backpressure: the highest {@code backPressuredTimeMsPerSecond} of any subtask, as a ratio.
 * </ul>
 */
final class JobMetrics {

    private final JobManagerClient jobs;
    private final Clock clock;

    JobMetrics(JobManagerClient jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The job's metrics now; values the job does not report (yet) are empty. */
    StatementMetrics of(String name, String jid) {
        Totals totals = new Totals();
        JsonNode details = jobs.details(jid).orElse(null);
        if (details != null) {
            for (JsonNode vertex : details.path("vertices")) {
                String vid = vertex.path("id").asString("");
                if (vertex.path("status").asString("").equals("RUNNING")) {
                    read(jid, vid, totals);
                }
            }
        }
        return new StatementMetrics(
                name,
                clock.instant(),
                totals.recordsIn,
                totals.sent.isPresent() ? totals.sent : totals.written,
                totals.pending,
                totals.backpressure,
                OptionalDouble.empty());
    }

    private void read(String jid, String vid, Totals totals) {
        List<String> all = jobs.metricIds(jid, vid);
        List<String> wanted = new ArrayList<>();
        Set<String> sourcesOut =
                pick(all, id -> id.startsWith("Source__") && id.endsWith(".numRecordsOut"), wanted);
        Set<String> sent = pick(all, id -> id.endsWith(".numRecordsSend"), wanted);
        Set<String> written =
                pick(
                        all,
                        id ->
                                (id.startsWith("Sink__") || id.contains("Writer."))
                                        && id.endsWith(".numRecordsIn"),
                        wanted);
        Set<String> pending = pick(all, id -> id.endsWith(".pendingRecords"), wanted);
        Set<String> backpressure =
                pick(all, id -> id.equals("backPressuredTimeMsPerSecond"), wanted);
        Map<String, JsonNode> values = jobs.aggregated(jid, vid, wanted, "sum,max");
        totals.recordsIn = add(totals.recordsIn, sum(values, sourcesOut));
        totals.sent = add(totals.sent, sum(values, sent));
        totals.written = add(totals.written, sum(values, written));
        totals.pending = add(totals.pending, sum(values, pending));
        for (String id : backpressure) {
            JsonNode max = values.getOrDefault(id, null);
            if (max != null && max.path("max").isNumber()) {
                double ratio = Math.min(1.0, max.path("max").asDouble() / 1000.0);
                if (totals.backpressure.isEmpty() || ratio > totals.backpressure.getAsDouble()) {
                    totals.backpressure = OptionalDouble.of(ratio);
                }
            }
        }
    }

    private static Set<String> pick(List<String> ids, Predicate<String> test, List<String> wanted) {
        Set<String> picked = new HashSet<>();
        for (String id : ids) {
            if (test.test(id)) {
                picked.add(id);
                wanted.add(id);
            }
        }
        return picked;
    }

    private static OptionalLong sum(Map<String, JsonNode> values, Set<String> ids) {
        OptionalLong total = OptionalLong.empty();
        for (String id : ids) {
            JsonNode value = values.get(id);
            if (value != null && value.path("sum").isNumber()) {
                total = add(total, OptionalLong.of((long) value.path("sum").asDouble()));
            }
        }
        return total;
    }

    private static OptionalLong add(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalLong.of(a.getAsLong() + b.getAsLong());
    }

    /** What the vertices add up to so far. */
    private static final class Totals {
        OptionalLong recordsIn = OptionalLong.empty();
        OptionalLong sent = OptionalLong.empty();
        OptionalLong written = OptionalLong.empty();
        OptionalLong pending = OptionalLong.empty();
        OptionalDouble backpressure = OptionalDouble.empty();
    }
}
