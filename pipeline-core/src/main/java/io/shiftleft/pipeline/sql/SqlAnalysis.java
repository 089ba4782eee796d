package io.shiftleft.pipeline.sql;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one SQL file creates, writes and reads. Immutable.
 *
 * @param kind what the file does (its most data-moving statement)
 * @param targets the tables (and permanent views) created or inserted into, in order, each once
 * @param sources every table read: not CTE names, not functions, not temporary views of the same
 *     file; a target appears here only when the file also reads it
 * @param primaryKey the primary key columns of the first created table, if it declares one
 * @param changelogMode the {@code 'changelog.mode'} WITH option of the first created table, lower
 *     case
 * @param withOptions the WITH options of the first created table, in declaration order
 * @param complexity join counts over all statements of the file
 * @param stateSignals the stateful constructs found
 * @param problems warnings and errors, in the order found
 */
public record SqlAnalysis(
        StatementKind kind,
        List<TableName> targets,
        SortedSet<TableName> sources,
        Optional<List<String>> primaryKey,
        Optional<String> changelogMode,
        Map<String, String> withOptions,
        Complexity complexity,
        Set<StateSignal> stateSignals,
        List<SqlProblem> problems) {

    /** How the warning of a lexical fallback starts. */
    public static final String FALLBACK_PREFIX = "Flink SQL parser rejected the statement (";

    public SqlAnalysis {
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
        sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
        primaryKey = primaryKey.map(List::copyOf);
        Objects.requireNonNull(changelogMode, "changelogMode");
        withOptions = Collections.unmodifiableMap(new LinkedHashMap<>(withOptions));
        Objects.requireNonNull(complexity, "complexity");
        stateSignals =
                stateSignals.isEmpty()
                        ? Set.of()
                        : Collections.unmodifiableSet(EnumSet.copyOf(stateSignals));
        problems = List.copyOf(problems);
    }

    /** The first target, if any: the table a DDL or DML file is about. */
    public Optional<TableName> mainTarget() {
        return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
    }

    /** The table part of every source ({@link TableName#name()}), sorted. */
    public SortedSet<String> sourceNames() {
        return Collections.unmodifiableSortedSet(
                sources.stream()
                        .map(TableName::name)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Whether Flink's parser rejected the file and the lexical scanner produced this result. */
    public boolean usedFallback() {
        return problems.stream()
                .anyMatch(
                        p ->
                                p.severity() == SqlProblem.Severity.WARNING
                                        && p.message().startsWith(FALLBACK_PREFIX));
    }

    /** Whether some problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == SqlProblem.Severity.ERROR);
    }
}
