package io.shiftleft.pipeline.report;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The static hierarchy of one table (shift_left's {@code pipeline report}): its ancestors and, when
 * asked, its descendants, with each table's definition as {@code pipeline_definition.json} holds
 * it. Immutable; every rendering depends only on the graph and the definitions, so the same project
 * always gives the same bytes.
 *
 * <p>The report covers the table, every transitive parent and (with descendants) every transitive
 * child. Its edges are those walked to reach them: {@code parent -> table} for the table and each
 * ancestor, {@code table -> child} for the table and each descendant. An edge between an ancestor
 * and a descendant that bypasses the table is not part of the report.
 */
public final class HierarchyReport {

    /** An edge of the report, from a table to one that reads it. */
    public record Edge(String parent, String child) {}

    private final TableGraph graph;
    private final String tableName;
    private final boolean withDescendants;
    private final SortedSet<String> ancestors;
    private final SortedSet<String> descendants;
    private final Map<String, PipelineDefinition> definitions;
    private final List<String> tables;
    private final List<Edge> edges;

    private HierarchyReport(
            TableGraph graph,
            Function<String, PipelineDefinition> definitionOf,
            String tableName,
            boolean withDescendants) {
        this.graph = graph;
        this.tableName = tableName;
        this.withDescendants = withDescendants;
        graph.require(tableName);
        this.ancestors =
                Collections.unmodifiableSortedSet(new TreeSet<>(graph.ancestors(tableName)));
        this.descendants =
                Collections.unmodifiableSortedSet(
                        withDescendants
                                ? new TreeSet<>(graph.descendants(tableName))
                                : new TreeSet<>());
        List<String> all = new ArrayList<>();
        all.add(tableName);
        all.addAll(ancestors);
        all.addAll(descendants);
        all.sort(graph::byDepthThenName);
        this.tables = List.copyOf(all);
        Map<String, PipelineDefinition> defs = new HashMap<>();
        for (String name : tables) {
            PipelineDefinition definition =
                    Objects.requireNonNull(definitionOf.apply(name), "no definition for " + name);
            if (!definition.tableName().equals(name)) {
                throw new IllegalArgumentException(
                        "The definition of '" + name + "' is that of " + definition.tableName());
            }
            defs.put(name, definition);
        }
        this.definitions = Map.copyOf(defs);
        TreeSet<Edge> walked =
                new TreeSet<>(Comparator.comparing(Edge::parent).thenComparing(Edge::child));
        for (String name : all) {
            if (name.equals(tableName) || ancestors.contains(name)) {
                graph.require(name).parents().forEach(p -> walked.add(new Edge(p, name)));
            }
            if ((withDescendants && name.equals(tableName)) || descendants.contains(name)) {
                graph.require(name).children().forEach(c -> walked.add(new Edge(name, c)));
            }
        }
        List<Edge> ordered = new ArrayList<>(walked);
        ordered.sort(
                Comparator.comparing(Edge::parent, graph::byDepthThenName)
                        .thenComparing(Edge::child, graph::byDepthThenName));
        this.edges = List.copyOf(ordered);
    }

    /**
     * The report of a table of a scanned project, definitions built from the current SQL (as {@code
     * pipeline build-all-metadata} writes them).
     *
     * @throws UnknownTableException when the project has no such table
     * @throws IllegalStateException when the project has no graph (a cycle)
     */
    public static HierarchyReport of(Project project, String tableName, boolean withDescendants) {
        return of(
                project.requireGraph(),
                name -> ProjectMetadata.definition(project, name),
                tableName,
                withDescendants);
    }

    /**
     * The report of a table of a graph, each table's definition (with its direct neighbours as
     * shallow entries) given by {@code definitions}.
     *
     * @throws UnknownTableException when the graph has no such table
     */
    public static HierarchyReport of(
            TableGraph graph,
            Function<String, PipelineDefinition> definitions,
            String tableName,
            boolean withDescendants) {
        return new HierarchyReport(graph, definitions, tableName, withDescendants);
    }

    /** The table the report is about. */
    public String tableName() {
        return tableName;
    }

    /** Whether the report covers descendants. */
    public boolean withDescendants() {
        return withDescendants;
    }

    /** Every transitive parent of the table, by name. */
    public SortedSet<String> ancestors() {
        return ancestors;
    }

    /** Every transitive child of the table when descendants are covered, by name; else empty. */
    public SortedSet<String> descendants() {
        return descendants;
    }

    /** The table, its ancestors and descendants, sources first (by depth, then name). */
    public List<String> tables() {
        return tables;
    }

    /** The edges of the report, by parent then child, each by depth then name. */
    public List<Edge> edges() {
        return edges;
    }

    /** The definition of a table of the report, its neighbours as shallow entries. */
    public PipelineDefinition definition(String name) {
        PipelineDefinition definition = definitions.get(name);
        if (definition == null) {
            throw new UnknownTableException(name, "(not in the report of " + tableName + ")");
        }
        return definition;
    }

    /** The direct parents of a table of the report, by name. */
    public SortedSet<String> parentsOf(String name) {
        definition(name);
        return new TreeSet<>(graph.require(name).parents());
    }

    /** The direct children of a table of the report, by name. */
    public SortedSet<String> childrenOf(String name) {
        definition(name);
        return new TreeSet<>(graph.require(name).children());
    }

    /**
     * shift_left's nested shape: the table's definition with each parent replaced, recursively, by
     * its full definition (whose children stay shallow entries) and, with descendants, each child
     * likewise (whose parents stay shallow). A table reached twice appears twice.
     */
    public PipelineDefinition tree() {
        Map<String, PipelineDefinition> up = new HashMap<>();
        Map<String, PipelineDefinition> down = new HashMap<>();
        PipelineDefinition root = definition(tableName);
        List<PipelineDefinition> parents =
                parentsOf(tableName).stream().map(p -> deep(p, true, up)).toList();
        List<PipelineDefinition> children =
                withDescendants
                        ? childrenOf(tableName).stream().map(c -> deep(c, false, down)).toList()
                        : root.children();
        return root.withNeighbours(parents, children);
    }

    private PipelineDefinition deep(
            String name, boolean upwards, Map<String, PipelineDefinition> done) {
        PipelineDefinition known = done.get(name);
        if (known != null) {
            return known;
        }
        PipelineDefinition own = definition(name);
        PipelineDefinition result;
        if (upwards) {
            result =
                    own.withNeighbours(
                            parentsOf(name).stream().map(p -> deep(p, true, done)).toList(),
                            own.children());
        } else {
            result =
                    own.withNeighbours(
                            own.parents(),
                            childrenOf(name).stream().map(c -> deep(c, false, done)).toList());
        }
        done.put(name, result);
        return result;
    }

    /** The report in a format; text ends with a newline in every format. */
    public String render(ReportFormat format) {
        return switch (format) {
            case TEXT -> TextTree.render(this);
            case JSON -> NestedDefinition.json(this);
            case YAML -> NestedDefinition.yaml(this);
            case MERMAID -> GraphDiagram.mermaid(this);
            case DOT -> GraphDiagram.dot(this);
        };
    }
}
