package io.shiftleft.pipeline.sql;

import io.shiftleft.pipeline.model.StateForm;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.calcite.config.Lex;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.validate.FlinkSqlConformance;

/**
 * Analyses Flink SQL files: targets, sources, DDL facts, join counts and state signals.
 *
 * <p>Parses with Flink's SQL parser (the grammar of Flink 2.2) and walks the tree. When the parser
 * rejects a file, each statement is parsed on its own, and each statement the parser still rejects
 * is analysed by a lexical scanner; every rejection is reported as a {@link
 * SqlProblem.Severity#WARNING} at the parser's line and column. Never throws on bad SQL.
 *
 * <p>Thread-safe and reusable: it holds nothing but the immutable parser configuration.
 */
public final class SqlAnalyzer {

    /**
     * Flink's own configuration (as in its planner): backticks, case kept, case-sensitive. In a
     * holder, so that Calcite and the generated parser (a quarter of a second to load in a cold
     * JVM) are loaded only when a file is actually parsed, not on a run served from the cache.
     */
    private static final class Parser {
        static final SqlParser.Config CONFIG =
                SqlParser.config()
                        .withParserFactory(FlinkSqlParserImpl.FACTORY)
                        .withConformance(FlinkSqlConformance.DEFAULT)
                        .withLex(Lex.JAVA)
                        .withIdentifierMaxLength(256);
    }

    private static final Set<String> STATEFUL_CHANGELOG_MODES = Set.of("upsert", "retract");

    private static final int MAX_MESSAGE = 240;

    private static final String UNEXPECTED_TREE = "parse tree of an unexpected shape";

    /**
     * Analyses the statements of one file.
     *
     * @param sql the file's text: one or more statements separated by {@code ;}
     * @param file a label for problems (the relative path); may be null
     */
    public SqlAnalysis analyze(String sql, String file) {
        Objects.requireNonNull(sql, "sql");
        String label = file == null ? "" : file;
        AnalysisBuilder out = new AnalysisBuilder(label, StatementKind.EMPTY);
        Parsed parsed = parse(sql);
        if (parsed.statements() == null) {
            return fallback(sql, label, parsed);
        }
        if (!walk(sql, parsed.statements(), out)) {
            return fallback(sql, label, new Parsed(null, 1, 1, UNEXPECTED_TREE));
        }
        if (out.kind() == StatementKind.EMPTY) {
            out.problem(SqlProblem.Severity.ERROR, 1, 1, "no statement in file");
        }
        return out.build();
    }

    /** Analyses with the lexical scanner only (for tests that compare both ways). */
    static SqlAnalysis analyzeLexically(String sql, String file) {
        AnalysisBuilder out = new AnalysisBuilder(file, StatementKind.EMPTY);
        for (List<LexicalScanner.Token> statement :
                LexicalScanner.statements(LexicalScanner.tokenize(sql))) {
            LexicalScanner.scanStatement(statement, out);
        }
        return out.build();
    }

    /** Parser output: the statements, or where and why the parser failed. */
    private record Parsed(SqlNodeList statements, int line, int column, String message) {}

    private static Parsed parse(String sql) {
        try {
            return new Parsed(SqlParser.create(sql, Parser.CONFIG).parseStmtList(), 0, 0, null);
        } catch (SqlParseException e) {
            SqlParserPos pos = e.getPos();
            return pos == null
                    ? new Parsed(null, 1, 1, e.getMessage())
                    : new Parsed(null, pos.getLineNum(), pos.getColumnNum(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(null, 1, 1, String.valueOf(e.getMessage()));
        } catch (Error e) {
            if (e.getClass().getSimpleName().equals("TokenMgrError")) {
                return new Parsed(null, 1, 1, e.getMessage());
            }
            throw e;
        }
    }

    /** Walks parsed statements; false when the tree has a shape the walker cannot handle. */
    private static boolean walk(String sql, SqlNodeList statements, AnalysisBuilder out) {
        try {
            TreeWalker walker = new TreeWalker(new SourceText(sql), out);
            for (SqlNode statement : statements) {
                walker.statement(statement);
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    private static SqlAnalysis fallback(String sql, String file, Parsed failure) {
        List<LexicalScanner.Token> tokens = LexicalScanner.tokenize(sql);
        AnalysisBuilder out = new AnalysisBuilder(file, StatementKind.EMPTY);
        if (!LexicalScanner.hasStatement(tokens)) {
            out.problem(SqlProblem.Severity.ERROR, 1, 1, "no statement in file");
            return out.build();
        }
        List<List<LexicalScanner.Token>> statements = LexicalScanner.statements(tokens);
        boolean lexical = true;
        if (statements.size() == 1) {
            warn(out, failure);
            for (List<LexicalScanner.Token> statement : statements) {
                LexicalScanner.scanStatement(statement, out);
            }
        } else {
            lexical = false;
            for (List<LexicalScanner.Token> statement : statements) {
                int start = statement.get(0).start();
                int end = statement.get(statement.size() - 1).end();
                String alone = blankOutside(sql, start, end); // keeps lines and columns
                Parsed parsed = parse(alone);
                if (parsed.statements() == null) {
                    warn(out, parsed);
                    LexicalScanner.scanStatement(statement, out);
                    lexical = true;
                } else if (!walk(alone, parsed.statements(), out)) {
                    warn(out, new Parsed(null, parsed.line(), parsed.column(), UNEXPECTED_TREE));
                    LexicalScanner.scanStatement(statement, out);
                    lexical = true;
                }
            }
        }
        if (lexical && out.kind().ordinal() <= StatementKind.OTHER.ordinal()) {
            out.replaceKind(StatementKind.UNPARSABLE);
        }
        return out.build();
    }

    private static void warn(AnalysisBuilder out, Parsed failure) {
        out.problem(
                SqlProblem.Severity.WARNING,
                Math.max(1, failure.line()),
                Math.max(1, failure.column()),
                SqlAnalysis.FALLBACK_PREFIX
                        + firstLine(failure.message())
                        + "); analysed lexically");
    }

    /** The text with every character outside [start, end) but line breaks replaced by a space. */
    private static String blankOutside(String sql, int start, int end) {
        char[] chars = sql.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((i < start || i >= end) && chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 3) + "...";
    }

    /**
     * The state form of a table from its DML and DDL analyses (either may be null): {@link
     * StateForm#STATEFUL} when either has a {@link StateSignal} (a join other than a table-function
     * join, GROUP BY, a window TVF, OVER, MATCH_RECOGNIZE, SELECT DISTINCT, a global aggregate, a
     * deduplicating set operation, a partitioned table function), or when either declares {@code
     * 'changelog.mode'} {@code upsert} or {@code retract}; else {@link StateForm#STATELESS}. See
     * {@code docs/state-form.md}.
     */
    public static StateForm stateForm(SqlAnalysis dml, SqlAnalysis ddl) {
        for (SqlAnalysis analysis : new SqlAnalysis[] {dml, ddl}) {
            if (analysis != null && !analysis.stateSignals().isEmpty()) {
                return StateForm.STATEFUL;
            }
        }
        for (SqlAnalysis analysis : new SqlAnalysis[] {dml, ddl}) {
            if (analysis != null
                    && analysis.changelogMode()
                            .map(STATEFUL_CHANGELOG_MODES::contains)
                            .orElse(false)) {
                return StateForm.STATEFUL;
            }
        }
        return StateForm.STATELESS;
    }
}
