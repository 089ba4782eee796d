package io.shiftleft.platform.confluent.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One statement held by the fake, with the life the platform gives it: PENDING for a while after a
 * create or a resume, then RUNNING (streaming DML), COMPLETED (DDL) or FAILED (SQL the parser
 * refuses, with a message); STOPPING then STOPPED after a stop; DELETING then gone after a delete.
 * Phases advance lazily, when the statement is read, by the fake's clock.
 */
final class FakeStatement {

    /** A CREATE TABLE whose body is a query (AS SELECT, AS WITH, AS VALUES). */
    private static final Pattern CTAS = Pattern.compile("\\bAS\\s+\\(?\\s*(SELECT|WITH|VALUES)\\b");

    /** Comments before the first keyword, as Flink's parser skips them. */
    private static final Pattern LEADING_COMMENTS =
            Pattern.compile("\\A(\\s*(--[^\\n]*(\\n|\\z)|/\\*.*?\\*/))*\\s*", Pattern.DOTALL);

    final String name;
    final String uid = UUID.randomUUID().toString();
    final String sql;
    final Map<String, String> properties;
    final Map<String, String> labels;
    final Instant createdAt;
    String computePoolId;
    String principal;
    boolean stopped;
    long version = 1;
    String phase = "PENDING";
    String detail = "";
    String forcedPhase;
    final List<String> columns = new ArrayList<>();
    final List<JsonNode> results = new ArrayList<>();
    final List<JsonNode> exceptions = new ArrayList<>();
    private final String target;
    private Instant since;

    FakeStatement(
            String name,
            String sql,
            Map<String, String> properties,
            Map<String, String> labels,
            String computePoolId,
            String principal,
            Instant now) {
        this.name = name;
        this.sql = sql;
        this.properties = Map.copyOf(properties);
        this.labels = Map.copyOf(labels);
        this.computePoolId = computePoolId;
        this.principal = principal;
        this.createdAt = now;
        this.since = now;
        this.target = targetOf(sql);
    }

    /**
     * Where the statement goes after PENDING, from its first keyword (after any comments): a CREATE
     * TABLE AS query runs, other DDL completes, DML runs, anything else fails to parse.
     */
    static String targetOf(String sql) {
        String s = LEADING_COMMENTS.matcher(sql).replaceFirst("").toUpperCase(Locale.ROOT);
        if (s.startsWith("CREATE TABLE") && CTAS.matcher(s).find()) {
            return "RUNNING";
        }
        for (String ddl :
                List.of("CREATE", "DROP", "ALTER", "SHOW", "DESCRIBE", "USE", "EXPLAIN")) {
            if (s.startsWith(ddl + " ")) {
                return "COMPLETED";
            }
        }
        if (s.startsWith("INSERT ") || s.startsWith("EXECUTE ") || s.startsWith("SELECT ")) {
            return "RUNNING";
        }
        return "FAILED";
    }

    /** Moves the statement on as far as the clock says; true when a delete has finished. */
    boolean advance(Instant now, Duration pendingFor, Duration stopDelay, Duration deleteDelay) {
        if (phase.equals("PENDING") && !now.isBefore(since.plus(pendingFor))) {
            phase = target;
            since = now;
            version++;
            if (target.equals("FAILED")) {
                String word = LEADING_COMMENTS.matcher(sql).replaceFirst("").split("\\s+", 2)[0];
                detail = "SQL parse failed. Encountered \"" + word + "\" at line 1, column 1.";
                ObjectNode e = FakeResponse.JSON.createObjectNode();
                e.put("kind", "StatementException");
                e.put("name", "org.apache.flink.table.api.SqlParserException");
                e.put("message", detail);
                e.put("timestamp", now.toString());
                exceptions.add(e);
            }
        }
        if (phase.equals("STOPPING") && !now.isBefore(since.plus(stopDelay))) {
            phase = "STOPPED";
            since = now;
            version++;
        }
        return phase.equals("DELETING") && !now.isBefore(since.plus(deleteDelay));
    }

    void stop(Instant now) {
        if (List.of("PENDING", "RUNNING", "DEGRADED", "FAILING").contains(phase)) {
            phase = "STOPPING";
            since = now;
        }
        stopped = true;
        version++;
    }

    void resume(Instant now) {
        if (List.of("STOPPED", "STOPPING").contains(phase)) {
            phase = "PENDING";
            since = now;
        }
        stopped = false;
        version++;
    }

    void delete(Instant now) {
        if (!phase.equals("DELETING")) {
            phase = "DELETING";
            since = now;
            version++;
        }
    }

    String visiblePhase() {
        return forcedPhase != null ? forcedPhase : phase;
    }

    /** The resource as the platform renders it. */
    ObjectNode toJson(String org, String env, String self) {
        ObjectNode s = FakeResponse.JSON.createObjectNode();
        s.put("api_version", "sql/v1");
        s.put("kind", "Statement");
        s.put("name", name);
        s.put("organization_id", org);
        s.put("environment_id", env);
        ObjectNode metadata = s.putObject("metadata");
        metadata.put("self", self);
        metadata.put("uid", uid);
        metadata.put("created_at", createdAt.toString());
        metadata.put("resource_version", Long.toString(version));
        ObjectNode labelNode = metadata.putObject("labels");
        labels.forEach(labelNode::put);
        ObjectNode spec = s.putObject("spec");
        spec.put("statement", sql);
        ObjectNode props = spec.putObject("properties");
        properties.forEach(props::put);
        if (computePoolId != null) {
            spec.put("compute_pool_id", computePoolId);
        }
        spec.put("principal", principal);
        spec.put("stopped", stopped);
        ObjectNode status = s.putObject("status");
        status.put("phase", visiblePhase());
        status.put("detail", detail);
        ArrayNode cols = status.putObject("traits").putObject("schema").putArray("columns");
        for (String c : columns) {
            ObjectNode col = cols.addObject();
            col.put("name", c);
            col.putObject("type").put("type", "VARCHAR");
        }
        return s;
    }
}
