package io.shiftleft.platform.confluent;

import io.shiftleft.platform.SqlHash;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code sql/v1} Statement resource in both directions: the body of a create or an update, and
 * the {@link StatementStatus} read from an answer.
 */
final class StatementJson {

    static final String CATALOG = "sql.current-catalog";
    static final String DATABASE = "sql.current-database";
    static final String INITIAL_OFFSET_FROM = "sql.tables.initial-offset-from";

    private final ConfluentSettings settings;
    private final Clock clock;

    StatementJson(ConfluentSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The POST body: name, labels, SQL, properties, pool, principal, running. */
    ObjectNode createBody(StatementSpec spec) {
        ObjectNode body = Json.object();
        body.put("name", spec.name());
        body.put("organization_id", settings.organizationId());
        body.put("environment_id", settings.environmentId());
        ObjectNode labels = body.putObject("metadata").putObject("labels");
        spec.labels().forEach(labels::put);
        ObjectNode s = body.putObject("spec");
        s.put("statement", spec.sql());
        ObjectNode properties = s.putObject("properties");
        properties(spec).forEach(properties::put);
        spec.computePoolId()
                .or(settings::defaultComputePoolId)
                .ifPresent(pool -> s.put("compute_pool_id", pool));
        spec.principal().ifPresent(p -> s.put("principal", p));
        s.put("stopped", false);
        return body;
    }

    /**
     * The statement's properties: catalog and database from the settings unless the spec gives
     * them, then the spec's own, then {@code restoreFrom} as {@code sql.tables.initial-offset-from}
     * (it wins over a property of that name).
     */
    Map<String, String> properties(StatementSpec spec) {
        Map<String, String> properties = new LinkedHashMap<>();
        settings.currentCatalog().ifPresent(c -> properties.put(CATALOG, c));
        settings.currentDatabase().ifPresent(d -> properties.put(DATABASE, d));
        properties.putAll(spec.properties());
        spec.restoreFrom().ifPresent(from -> properties.put(INITIAL_OFFSET_FROM, from));
        return properties;
    }

    /** What the statement resource says, read now. */
    StatementStatus status(JsonNode statement) {
        JsonNode metadata = statement.path("metadata");
        JsonNode spec = statement.path("spec");
        JsonNode status = statement.path("status");
        String raw = Json.text(status, "phase").orElse("");
        return new StatementStatus(
                Json.text(statement, "name").orElse(""),
                CcfPhases.of(raw),
                raw,
                Json.text(status, "detail").orElse(""),
                Json.text(metadata, "uid"),
                Json.text(spec, "compute_pool_id"),
                sql(statement).map(SqlHash::of),
                Json.stringMap(metadata.path("labels")),
                Json.instant(metadata, "created_at"),
                clock.instant(),
                Json.text(metadata, "resource_version"));
    }

    /** The statement's SQL text, when the resource carries it. */
    static Optional<String> sql(JsonNode statement) {
        JsonNode text = statement.path("spec").path("statement");
        return text.isString() ? Optional.of(text.asString()) : Optional.empty();
    }

    /**
     * The PUT body for a change of the statement as read: name, ids, {@code
     * metadata.resource_version} (the platform refuses a stale one with 409) and labels, and a copy
     * of the spec to change. The read-only status is left out.
     */
    static ObjectNode updateBody(JsonNode current) {
        ObjectNode body = Json.object();
        body.put("name", current.path("name").asString());
        copy(current, body, "organization_id");
        copy(current, body, "environment_id");
        ObjectNode metadata = body.putObject("metadata");
        copy(current.path("metadata"), metadata, "resource_version");
        copy(current.path("metadata"), metadata, "labels");
        JsonNode spec = current.path("spec");
        body.set("spec", spec.isObject() ? spec.deepCopy() : Json.object());
        return body;
    }

    /** The result columns, from {@code status.traits.schema.columns[].name}. */
    static List<String> columns(JsonNode statement) {
        List<String> columns = new ArrayList<>();
        for (JsonNode column :
                statement.path("status").path("traits").path("schema").path("columns")) {
            columns.add(column.path("name").asString(""));
        }
        return columns;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        JsonNode value = from.path(field);
        if (!value.isMissingNode() && !value.isNull()) {
            to.set(field, value.deepCopy());
        }
    }
}
