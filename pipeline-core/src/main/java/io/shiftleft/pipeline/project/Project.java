package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.graph.TableGraph;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A scanned project.
 *
 * @param root the folder that contains {@code pipelines/}
 * @param tables every table, by name, external parents included
 * @param graph the table graph, absent when the tables form a cycle
 * @param undeclared tables read by some SQL but defined nowhere (external parents made up for them,
 *     not written to the inventory)
 * @param looseSqlFiles project-relative SQL files outside any {@code sql-scripts} folder (part of
 *     no table)
 * @param problems everything found wrong, sorted by file and line
 */
public record Project(
        Path root,
        SortedMap<String, ProjectTable> tables,
        Optional<TableGraph> graph,
        SortedSet<String> undeclared,
        List<String> looseSqlFiles,
        List<ProjectProblem> problems) {

    public Project {
        looseSqlFiles = List.copyOf(looseSqlFiles);
        problems = List.copyOf(problems);
        undeclared = Collections.unmodifiableSortedSet(new TreeSet<>(undeclared));
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ProjectProblem.Severity.ERROR);
    }

    /** The graph, or an exception naming the cycle that prevents it. */
    public TableGraph requireGraph() {
        return graph.orElseThrow(
                () ->
                        new IllegalStateException(
                                problems.stream()
                                        .filter(p -> p.code().equals("CYCLE"))
                                        .map(ProjectProblem::message)
                                        .findFirst()
                                        .orElse("The project has no usable table graph")));
    }
}
