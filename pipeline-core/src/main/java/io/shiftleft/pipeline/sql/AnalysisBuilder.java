package io.shiftleft.pipeline.sql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Collects the facts of one file, from the tree walker or the lexical scanner. Not shared. */
final class AnalysisBuilder {

    /** The WITH option that names the changelog mode. */
    static final String CHANGELOG_MODE = "changelog.mode";

    private final String file;
    private StatementKind kind;
    private final Set<TableName> targets = new LinkedHashSet<>();
    private final TreeSet<TableName> sources = new TreeSet<>();
    private final Set<TableName> localViews = new HashSet<>();
    private boolean tableCreated;
    private List<String> primaryKey;
    private Map<String, String> withOptions = Map.of();
    private int regular;
    private int left;
    private int right;
    private int inner;
    private int outer;
    private final EnumSet<StateSignal> signals = EnumSet.noneOf(StateSignal.class);
    private final List<SqlProblem> problems = new ArrayList<>();

    AnalysisBuilder(String file, StatementKind initialKind) {
        this.file = file;
        this.kind = initialKind;
    }

    void kind(StatementKind statementKind) {
        kind = StatementKind.strongest(kind, statementKind);
    }

    void replaceKind(StatementKind statementKind) {
        kind = statementKind;
    }

    StatementKind kind() {
        return kind;
    }

    void target(TableName name) {
        targets.add(name);
    }

    boolean hasTargets() {
        return !targets.isEmpty();
    }

    void source(TableName name) {
        if (!localViews.contains(name)) {
            sources.add(name);
        }
    }

    boolean hasSources() {
        return !sources.isEmpty();
    }

    /** A temporary view of this file: reading it is not reading a table. */
    void localView(TableName name) {
        localViews.add(name);
    }

    /** The first created table gives the primary key and WITH options. */
    void createdTable(List<String> key, Map<String, String> options) {
        if (tableCreated) {
            return;
        }
        tableCreated = true;
        primaryKey = key == null || key.isEmpty() ? null : List.copyOf(key);
        withOptions = new LinkedHashMap<>(options);
    }

    void signal(StateSignal signal) {
        signals.add(signal);
    }

    /** Counts a join by its keyword; CROSS and comma joins are not counted. */
    void join(JoinKeyword keyword) {
        switch (keyword) {
            case REGULAR -> regular++;
            case LEFT -> left++;
            case RIGHT -> right++;
            case INNER -> inner++;
            case FULL -> outer++;
            case CROSS, COMMA -> {
                // not counted, as in shift_left
            }
        }
    }

    void problem(SqlProblem.Severity severity, int line, int column, String message) {
        problems.add(new SqlProblem(severity, file, line, column, message));
    }

    SqlAnalysis build() {
        String mode = withOptions.get(CHANGELOG_MODE);
        return new SqlAnalysis(
                kind,
                new ArrayList<>(targets),
                sources,
                Optional.ofNullable(primaryKey),
                Optional.ofNullable(mode).map(m -> m.strip().toLowerCase(Locale.ROOT)),
                withOptions,
                new Complexity(regular, left, right, inner, outer),
                signals,
                problems);
    }

    /** The keyword a join was written with. */
    enum JoinKeyword {
        REGULAR,
        LEFT,
        RIGHT,
        INNER,
        FULL,
        CROSS,
        COMMA
    }
}
