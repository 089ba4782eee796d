package io.shiftleft.platform.apache;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementError;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JobManager REST API of the cluster, one method per call: jobs overview, job status and
 * details, exceptions, stop-with-savepoint and its trigger, cancel, vertex metrics.
 */
final class JobManagerClient {

    private final JsonHttp http;
    private final URI base;

    JobManagerClient(JsonHttp http, ApacheFlinkSettings settings) {
        this.http = http;
        this.base = settings.restUrl();
    }

    /** Every job the cluster knows (running ones and its recent history). */
    List<JobOverview> overview() {
        JsonNode body = ok(http.get(uri("/jobs/overview"), "Listing jobs")).path("jobs");
        List<JobOverview> jobs = new ArrayList<>();
        for (JsonNode job : body) {
            jobs.add(view(job, job.path("tasks")));
        }
        return jobs;
    }

    /** The job's status word, empty when the cluster does not know the job (any more). */
    Optional<String> status(String jid) {
        HttpReply reply = http.get(uri("/jobs/" + jid + "/status"), "Reading job " + jid);
        if (unknownJob(reply)) {
            return Optional.empty();
        }
        return Optional.of(ok(reply).path("status").asString(""));
    }

    /** The job with its task counts (from its details), empty when the cluster does not know it. */
    Optional<JobOverview> job(String jid) {
        return details(jid)
                .map(
                        d -> {
                            ObjectNode tasks = http.mapper().createObjectNode();
                            for (JsonNode vertex : d.path("vertices")) {
                                for (Map.Entry<String, JsonNode> e :
                                        vertex.path("tasks").properties()) {
                                    tasks.put(
                                            e.getKey().toLowerCase(Locale.ROOT),
                                            tasks.path(e.getKey().toLowerCase(Locale.ROOT)).asInt(0)
                                                    + e.getValue().asInt(0));
                                }
                            }
                            return view(d, tasks);
                        });
    }

    /** A job from an overview entry or its details, with its tasks counted by state. */
    private static JobOverview view(JsonNode job, JsonNode tasks) {
        int total = 0;
        for (Map.Entry<String, JsonNode> e : tasks.properties()) {
            total += e.getKey().equals("total") ? 0 : e.getValue().asInt(0);
        }
        return new JobOverview(
                job.path("jid").asString(""),
                job.path("name").asString(""),
                job.path("state").asString(""),
                job.path("start-time").asLong(-1),
                tasks.path("total").asInt(total),
                tasks.path("running").asInt(0),
                tasks.path("finished").asInt(0));
    }

    /** The job's details (vertices, plan), empty when the cluster does not know the job. */
    Optional<JsonNode> details(String jid) {
        HttpReply reply = http.get(uri("/jobs/" + jid), "Reading job " + jid);
        return unknownJob(reply) ? Optional.empty() : Optional.of(ok(reply));
    }

    /** The job's exception history, newest first (empty for an unknown job). */
    List<StatementError> exceptions(String jid, int max) {
        HttpReply reply =
                http.get(
                        uri("/jobs/" + jid + "/exceptions?maxExceptions=" + max),
                        "Reading the exceptions of job " + jid);
        if (unknownJob(reply)) {
            return List.of();
        }
        List<StatementError> errors = new ArrayList<>();
        for (JsonNode entry : ok(reply).path("exceptionHistory").path("entries")) {
            FlinkError error =
                    FlinkError.ofStackTrace(
                            entry.path("stacktrace").asString(""),
                            entry.path("exceptionName").asString(""));
            long at = entry.path("timestamp").asLong(-1);
            errors.add(
                    new StatementError(
                            at < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at)),
                            error.name().isEmpty()
                                    ? entry.path("exceptionName").asString("")
                                    : error.name(),
                            error.message()));
        }
        errors.sort(
                (a, b) ->
                        b.timestamp()
                                .orElse(Instant.EPOCH)
                                .compareTo(a.timestamp().orElse(Instant.EPOCH)));
        return errors;
    }

    /**
     * Asks the job to stop with a savepoint, under our own trigger id (sending it again reuses the
     * same request).
     *
     * @throws PlatformException INVALID_REQUEST with Flink's message when Flink refuses
     */
    void stopWithSavepoint(
            String statement, String jid, Optional<String> targetDirectory, String triggerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        targetDirectory.ifPresent(dir -> body.put("targetDirectory", dir));
        body.put("drain", false);
        body.put("formatType", "CANONICAL");
        body.put("triggerId", triggerId);
        HttpReply reply =
                http.send(
                        "POST",
                        uri("/jobs/" + jid + "/stop"),
                        Optional.of(body),
                        "Stopping job " + jid + " with a savepoint");
        if (!reply.ok()) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_REQUEST, statement, reply.failure());
        }
    }

    /** Where the stop request is; empty when Flink no longer knows the trigger. */
    Optional<SavepointState> savepoint(String jid, String triggerId) {
        HttpReply reply =
                http.get(
                        uri("/jobs/" + jid + "/savepoints/" + triggerId),
                        "Reading savepoint " + triggerId + " of job " + jid);
        if (!reply.ok()) {
            return Optional.empty();
        }
        JsonNode body = reply.body();
        boolean inProgress = "IN_PROGRESS".equals(body.path("status").path("id").asString(""));
        JsonNode operation = body.path("operation");
        Optional<String> location = text(operation.path("location"));
        JsonNode cause = operation.path("failure-cause");
        Optional<FlinkError> failure =
                cause.isMissingNode() || cause.isNull()
                        ? Optional.empty()
                        : Optional.of(
                                FlinkError.ofStackTrace(
                                        cause.path("stack-trace").asString(""),
                                        cause.path("class").asString("the savepoint failed")));
        return Optional.of(new SavepointState(inProgress, location, failure));
    }

    /**
     * The path of the job's latest savepoint when it was written by a stop (a synchronous
     * savepoint), else empty.
     */
    Optional<String> stopSavepoint(String jid) {
        HttpReply reply =
                http.get(uri("/jobs/" + jid + "/checkpoints"), "Reading checkpoints of job " + jid);
        if (!reply.ok()) {
            return Optional.empty();
        }
        JsonNode savepoint = reply.body().path("latest").path("savepoint");
        boolean byStop = savepoint.path("checkpoint_type").asString("").startsWith("SYNC_");
        return byStop ? text(savepoint.path("external_path")) : Optional.empty();
    }

    /** Cancels the job; false when it had already ended (not an error). */
    boolean cancel(String jid) {
        HttpReply reply =
                http.send(
                        "PATCH",
                        uri("/jobs/" + jid + "?mode=cancel"),
                        Optional.empty(),
                        "Cancelling job " + jid);
        if (reply.ok()) {
            return true;
        }
        if (unknownJob(reply) || reply.error().message().contains("terminal state")) {
            return false;
        }
        throw new PlatformException(PlatformException.Reason.UNAVAILABLE, null, reply.failure());
    }

    /** The metric ids a vertex's subtasks report (operator metrics look like {@code op.metric}). */
    List<String> metricIds(String jid, String vid) {
        HttpReply reply = http.get(uri(vertex(jid, vid)), "Listing metrics of job " + jid);
        List<String> ids = new ArrayList<>();
        if (reply.ok()) {
            reply.body().forEach(m -> ids.add(m.path("id").asString("")));
        }
        return ids;
    }

    /** Aggregates over a vertex's subtasks: id → {agg → value}. */
    Map<String, JsonNode> aggregated(String jid, String vid, List<String> ids, String aggs) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return values;
        }
        String get = URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8);
        HttpReply reply =
                http.get(
                        uri(vertex(jid, vid) + "?get=" + get + "&agg=" + aggs),
                        "Reading metrics of job " + jid);
        if (reply.ok()) {
            reply.body().forEach(m -> values.put(m.path("id").asString(""), m));
        }
        return values;
    }

    private static String vertex(String jid, String vid) {
        return "/jobs/" + jid + "/vertices/" + vid + "/subtasks/metrics";
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank()
                ? Optional.of(node.stringValue())
                : Optional.empty();
    }

    /** 404, a malformed id (400) or the dispatcher's FlinkJobNotFoundException (500). */
    private static boolean unknownJob(HttpReply reply) {
        if (reply.status() == 404 || reply.status() == 400) {
            return true;
        }
        return reply.status() == 500
                && reply.body().path("errors").toString().contains("JobNotFoundException");
    }

    private static JsonNode ok(HttpReply reply) {
        if (!reply.ok()) {
            throw new PlatformException(
                    reply.status() >= 500
                            ? PlatformException.Reason.UNAVAILABLE
                            : PlatformException.Reason.INVALID_REQUEST,
                    null,
                    reply.failure());
        }
        return reply.body();
    }
}
