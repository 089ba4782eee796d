package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The content of a {@code pipeline_definition.json} (shift_left's {@code
 * FlinkTablePipelineDefinition}): a table and its direct parents and children, components in the
 * file's field order. Parents and children are definitions too; shift_left calls an entry whose own
 * lists are empty "shallow", but files it wrote may nest deeper, and that is kept.
 *
 * <p>Parents and children are kept sorted by table name (code-point order, as Python sorts) with
 * one entry per name (the first one given, like a Python set), so equal content always gives equal
 * records and byte-identical files; shift_left writes them in set order, which varies from run to
 * run.
 *
 * @param productName product, {@code "None"} when the table has none
 * @param path table folder, relative ({@code pipelines/...})
 * @param kafkaTopic topic of an {@code external_kafka} table, otherwise {@code null}
 * @param complexity the DML's complexity; {@code null} when unknown (no or {@code null} field)
 */
public record PipelineDefinition(
        String tableName,
        String productName,
        TableType type,
        String dmlRef,
        String ddlRef,
        String path,
        String kafkaTopic,
        Complexity complexity,
        List<PipelineDefinition> parents,
        List<PipelineDefinition> children) {

    static final Comparator<PipelineDefinition> BY_NAME =
            Comparator.comparing(PipelineDefinition::tableName, MetadataIo.CODE_POINT_ORDER);

    public PipelineDefinition {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(type, "type");
        productName = productName == null ? TableNode.NO_PRODUCT : productName;
        dmlRef = dmlRef == null ? "" : dmlRef;
        ddlRef = ddlRef == null ? "" : ddlRef;
        path = path == null ? "" : path;
        parents = byName(parents);
        children = byName(children);
    }

    /**
     * The state form, {@link StateForm#STATEFUL} when the complexity or its state form is unknown
     * (shift_left's default when it builds execution nodes).
     */
    public StateForm stateForm() {
        return complexity == null || complexity.stateForm() == null
                ? StateForm.STATEFUL
                : complexity.stateForm();
    }

    /** This entry with empty parents and children, as it appears in a neighbour's file. */
    public PipelineDefinition shallow() {
        return new PipelineDefinition(
                tableName,
                productName,
                type,
                dmlRef,
                ddlRef,
                path,
                kafkaTopic,
                complexity,
                List.of(),
                List.of());
    }

    /** This definition with other parents and children. */
    public PipelineDefinition withNeighbours(
            Collection<PipelineDefinition> parents, Collection<PipelineDefinition> children) {
        return new PipelineDefinition(
                tableName,
                productName,
                type,
                dmlRef,
                ddlRef,
                path,
                kafkaTopic,
                complexity,
                List.copyOf(parents),
                List.copyOf(children));
    }

    /** The graph node of this table: neighbours by name, state form as {@link #stateForm()}. */
    public TableNode toTableNode() {
        return new TableNode(
                tableName,
                productName,
                type,
                stateForm(),
                path,
                ddlRef,
                dmlRef,
                kafkaTopic,
                names(parents),
                names(children));
    }

    /**
     * The definition of a graph node, each neighbour as a shallow entry built from {@code lookup};
     * complexities only carry the state form (no join counts).
     *
     * @throws IllegalArgumentException if {@code lookup} knows no node for a neighbour
     */
    public static PipelineDefinition of(TableNode table, Function<String, TableNode> lookup) {
        return of(table, lookup, node -> Complexity.of(node.stateForm()));
    }

    /**
     * The definition of a graph node, each neighbour as a shallow entry built from {@code lookup},
     * each complexity from {@code complexity}.
     *
     * @throws IllegalArgumentException if {@code lookup} knows no node for a neighbour
     */
    public static PipelineDefinition of(
            TableNode table,
            Function<String, TableNode> lookup,
            Function<TableNode, Complexity> complexity) {
        List<PipelineDefinition> parents = neighbours(table, table.parents(), lookup, complexity);
        List<PipelineDefinition> children = neighbours(table, table.children(), lookup, complexity);
        return entry(table, complexity).withNeighbours(parents, children);
    }

    private static List<PipelineDefinition> neighbours(
            TableNode table,
            Set<String> names,
            Function<String, TableNode> lookup,
            Function<TableNode, Complexity> complexity) {
        List<PipelineDefinition> entries = new ArrayList<>(names.size());
        for (String name : names) {
            TableNode neighbour = lookup.apply(name);
            if (neighbour == null) {
                throw new IllegalArgumentException(
                        "No table '"
                                + name
                                + "' for the definition of '"
                                + table.tableName()
                                + "'");
            }
            entries.add(entry(neighbour, complexity));
        }
        return entries;
    }

    private static PipelineDefinition entry(
            TableNode node, Function<TableNode, Complexity> complexity) {
        return new PipelineDefinition(
                node.tableName(),
                node.productName(),
                node.type(),
                node.dmlRef(),
                node.ddlRef(),
                node.folder(),
                node.kafkaTopic(),
                complexity.apply(node),
                List.of(),
                List.of());
    }

    private static Set<String> names(List<PipelineDefinition> entries) {
        Set<String> names = new TreeSet<>();
        entries.forEach(entry -> names.add(entry.tableName()));
        return names;
    }

    private static List<PipelineDefinition> byName(List<PipelineDefinition> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<PipelineDefinition> unique = new ArrayList<>(entries.size());
        for (PipelineDefinition entry : entries) {
            if (seen.add(Objects.requireNonNull(entry, "neighbour entry").tableName())) {
                unique.add(entry);
            }
        }
        unique.sort(BY_NAME);
        return List.copyOf(unique);
    }
}
