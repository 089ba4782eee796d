package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.SqlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adapts the SQL of a table to a target environment: runs the environment's {@link SqlRule}s in
 * order over the text of a DDL or DML file. On Apache Flink targets it then checks the result with
 * Flink's parser and warns when the parser rejects it. Thread-safe when its rules are.
 */
public final class SqlAdapter {

    private final TargetEnvironment environment;
    private final List<SqlRule> rules;
    private final SqlAnalyzer analyzer = new SqlAnalyzer();

    public SqlAdapter(TargetEnvironment environment, List<SqlRule> rules) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.rules = List.copyOf(rules);
    }

    /**
     * The adapter of an environment with its built-in and custom rules (custom ones from the
     * thread's context class loader, else the loader of this class).
     *
     * @throws EnvironmentConfigException when a custom rule cannot be loaded
     */
    public static SqlAdapter forEnvironment(TargetEnvironment environment) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new SqlAdapter(
                environment,
                SqlRules.of(
                        environment,
                        context != null ? context : SqlAdapter.class.getClassLoader()));
    }

    public TargetEnvironment environment() {
        return environment;
    }

    /** The rules, in the order they run. */
    public List<SqlRule> rules() {
        return rules;
    }

    /**
     * Adapts one file's text.
     *
     * @param sql the text of a DDL or DML file
     * @param role whether it is the table's DDL or DML
     * @param table what is known about the table
     * @throws IllegalStateException when a rule fails, naming the rule and the table
     */
    public AdaptedSql adapt(String sql, StatementRole role, TableContext table) {
        RuleContext context = new RuleContext(environment, role, table);
        String text = sql;
        for (SqlRule rule : rules) {
            if (!rule.appliesTo(role)) {
                continue;
            }
            context.running(rule.name());
            try {
                text = Objects.requireNonNull(rule.apply(text, context), "the rule returned null");
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "SQL rule '"
                                + rule.name()
                                + "' failed on the "
                                + role
                                + (table.tableName().isEmpty()
                                        ? ""
                                        : " of table " + table.tableName())
                                + " for environment "
                                + environment.name()
                                + ": "
                                + e.getMessage(),
                        e);
            }
        }
        return new AdaptedSql(sql, text, context.changes(), warnings(text));
    }

    private List<String> warnings(String text) {
        List<String> warnings = new ArrayList<>();
        if (environment.platform() != Platform.APACHE_FLINK) {
            return warnings;
        }
        SqlAnalysis analysis = analyzer.analyze(text, "");
        if (analysis.usedFallback()) {
            analysis.problems().stream()
                    .filter(p -> p.severity() == SqlProblem.Severity.WARNING)
                    .filter(p -> p.message().startsWith(SqlAnalysis.FALLBACK_PREFIX))
                    .forEach(p -> warnings.add(warning(p)));
        }
        return warnings;
    }

    private static String warning(SqlProblem problem) {
        String reason = problem.message().substring(SqlAnalysis.FALLBACK_PREFIX.length());
        int end = reason.lastIndexOf(");");
        return "line "
                + problem.line()
                + ", column "
                + problem.column()
                + ": Flink's SQL parser rejects the adapted SQL: "
                + (end > 0 ? reason.substring(0, end) : reason);
    }
}
