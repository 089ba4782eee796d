package io.shiftleft.pipeline.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The manifest of pre-provisioned topics, {@code seeds/external_tables.json} anywhere under {@code
 * pipelines/}: {@code {"tables":[{"table_name","kafka_topic","product_name"}]}}.
 */
final class ExternalTables {

    private static final JsonFactory JSON = new JsonFactory();

    /** One external table. */
    record Entry(String tableName, String kafkaTopic, String productName, String folder) {
        ProjectTable toTable() {
            return new ProjectTable(
                    ProjectScanner.externalNode(tableName, productName, kafkaTopic, folder),
                    null,
                    null,
                    "");
        }
    }

    private ExternalTables() {}

    /** The entries of the given manifests, sorted; clashes with project tables are skipped. */
    static Map<String, Entry> read(
            List<Path> manifests, Path root, Set<String> defined, List<ProjectProblem> problems) {
        Map<String, Entry> entries = new TreeMap<>();
        for (Path manifest : manifests) {
            String ref = ProjectLayout.ref(root.relativize(manifest));
            List<Map<String, String>> tables;
            try {
                tables = tables(manifest);
            } catch (JacksonException e) {
                problems.add(
                        ProjectProblem.error(
                                "INVALID_JSON",
                                ref,
                                e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                                "Not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            for (Map<String, String> t : tables) {
                String name = t.getOrDefault("table_name", "");
                if (name.isEmpty()) {
                    problems.add(
                            ProjectProblem.error(
                                    "INVALID_JSON", ref, 0, "An entry has no 'table_name'"));
                } else if (defined.contains(name)) {
                    problems.add(
                            ProjectProblem.warning(
                                    "EXTERNAL_CLASH",
                                    ref,
                                    0,
                                    "External table '"
                                            + name
                                            + "' is also a project table; skipped"));
                } else {
                    entries.putIfAbsent(
                            name,
                            new Entry(
                                    name,
                                    t.getOrDefault("kafka_topic", name),
                                    t.getOrDefault("product_name", "common"),
                                    "pipelines/seeds/" + name));
                }
            }
        }
        return entries;
    }

    /**
     * The scalar fields of each object of the top-level {@code tables} array, read with Jackson's
     * streaming parser (a tree mapper costs a cold command line a tenth of a second to build).
     * Anything else in the file is skipped; a file without {@code tables} has no entries.
     */
    private static List<Map<String, String>> tables(Path manifest) {
        List<Map<String, String>> tables = new ArrayList<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), manifest.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return tables;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("tables") || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Map<String, String> table = new HashMap<>();
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            if (p.currentToken().isScalarValue()
                                    && p.currentToken() != JsonToken.VALUE_NULL) {
                                table.put(key, p.getValueAsString());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                    tables.add(table);
                }
            }
            while (p.nextToken() != null) {
                // read to the end, so that trailing garbage is an error like in a tree read
            }
        }
        return tables;
    }
}
