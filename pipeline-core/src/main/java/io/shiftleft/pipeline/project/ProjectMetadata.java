package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.metadata.Complexity;
import io.shiftleft.pipeline.metadata.InventoryEntry;
import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of shift_left's metadata files for a scanned project: {@code
 * pipelines/inventory.json} and one {@code pipeline_definition.json} per table folder. Definitions
 * are built whole from the current SQL (not merged with old files), so a removed parent disappears;
 * the bytes depend only on the project. {@code cache.MetadataWriter} writes them.
 */
public final class ProjectMetadata {

    private ProjectMetadata() {}

    /** The inventory: every table with SQL, and the declared external tables. */
    public static SortedMap<String, InventoryEntry> inventory(Project project) {
        SortedMap<String, InventoryEntry> entries = new TreeMap<>();
        project.tables()
                .forEach(
                        (name, table) -> {
                            if (!project.undeclared().contains(name)) {
                                entries.put(name, InventoryEntry.of(table.node()));
                            }
                        });
        return entries;
    }

    /** The definition of one table, with its direct parents and children. */
    public static PipelineDefinition definition(Project project, String tableName) {
        TableGraph graph = project.requireGraph();
        return PipelineDefinition.of(
                graph.require(tableName),
                name -> graph.find(name).orElse(null),
                node -> complexity(project, node));
    }

    /** The complexity entry of a table's definition: its DML's joins, its state form. */
    public static Complexity complexity(Project project, TableNode node) {
        ProjectTable table = project.tables().get(node.tableName());
        SqlAnalysis dml = table == null ? null : table.dml();
        if (dml == null) {
            return Complexity.of(node.stateForm());
        }
        var c = dml.complexity();
        return new Complexity(
                c.regularJoins(),
                c.leftJoins(),
                c.rightJoins(),
                c.innerJoins(),
                c.outerJoins(),
                c.type().jsonName(),
                node.stateForm());
    }
}
