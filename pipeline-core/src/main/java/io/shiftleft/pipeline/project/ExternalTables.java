package io.shiftleft.pipeline.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The manifest of pre-provisioned topics, {@code seeds/external_tables.json} anywhere under {@code
 * pipelines/}: {@code {"tables":[{"table_name","kafka_topic","product_name"}]}}.
 */
final class ExternalTables {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            JsonNode tables;
            try {
                tables = JSON.readTree(manifest.toFile()).path("tables");
            } catch (JacksonException e) {
                problems.add(
                        ProjectProblem.error(
                                "INVALID_JSON",
                                ref,
                                e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                                "Not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            for (JsonNode t : tables) {
                String name = t.path("table_name").asString("");
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
                                    t.path("kafka_topic").asString(name),
                                    t.path("product_name").asString("common"),
                                    "pipelines/seeds/" + name));
                }
            }
        }
        return entries;
    }
}
