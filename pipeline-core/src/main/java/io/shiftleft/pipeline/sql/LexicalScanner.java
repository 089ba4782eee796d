package io.shiftleft.pipeline.sql;

import io.shiftleft.pipeline.sql.AnalysisBuilder.JoinKeyword;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fallback for files Flink's parser rejects: a tokenizer that drops comments and string
 * literals the way SQL defines them, then a scan of the tokens for targets, table references, the
 * first created table's key and options, join counts and state signals. It knows less than the
 * parser (no real scopes), so the analysis that uses it carries a warning.
 */
final class LexicalScanner {

    enum Type {
        WORD,
        QUOTED,
        STRING,
        NUMBER,
        SYMBOL
    }

    /**
     * One token: for a word {@code text} is as written and {@code upper} upper case; for a quoted
     * identifier or a string, {@code text} is the content without quotes.
     */
    record Token(Type type, String text, String upper, int start, int end) {}

    private static final Set<String> NOT_A_NAME =
            Set.of(
                    "SELECT",
                    "LATERAL",
                    "UNNEST",
                    "TABLE",
                    "VALUES",
                    "WITH",
                    "WHERE",
                    "ON",
                    "USING",
                    "AS",
                    "JOIN",
                    "LEFT",
                    "RIGHT",
                    "FULL",
                    "INNER",
                    "CROSS",
                    "OUTER",
                    "NATURAL",
                    "GROUP",
                    "ORDER",
                    "HAVING",
                    "WINDOW",
                    "LIMIT",
                    "UNION",
                    "INTERSECT",
                    "EXCEPT",
                    "MINUS",
                    "FOR",
                    "MATCH_RECOGNIZE",
                    "SET");

    /** Words that end a FROM list at their depth. */
    private static final Set<String> END_OF_FROM =
            Set.of(
                    "WHERE",
                    "GROUP",
                    "HAVING",
                    "WINDOW",
                    "ORDER",
                    "LIMIT",
                    "OFFSET",
                    "FETCH",
                    "UNION",
                    "INTERSECT",
                    "EXCEPT",
                    "MINUS",
                    "QUALIFY",
                    "SELECT",
                    "VALUES");

    /** Words after which a parenthesised query is an expression operand. */
    private static final Set<String> EXPRESSION_KEYWORDS =
            Set.of(
                    "IN", "EXISTS", "ANY", "SOME", "SELECT", "WHEN", "THEN", "ELSE", "AND", "OR",
                    "NOT", "WHERE", "HAVING", "ON", "QUALIFY");

    /** Functions whose arguments may contain the word FROM. */
    private static final Set<String> FROM_IN_ARGUMENTS =
            Set.of("EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "OVERLAY");

    private LexicalScanner() {}

    // ---------------------------------------------------------------- tokens

    /** Splits SQL into tokens; comments (including hints) and whitespace are dropped. */
    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2); // block comments do not nest in SQL
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '`' || c == '"') {
                int start = i;
                StringBuilder content = new StringBuilder();
                i++;
                while (i < n) {
                    char q = sql.charAt(i);
                    if (q == c && i + 1 < n && sql.charAt(i + 1) == c) {
                        content.append(c); // doubled quote: one quote character
                        i += 2;
                    } else if (q == c) {
                        i++;
                        break;
                    } else {
                        content.append(q);
                        i++;
                    }
                }
                Type type = c == '\'' ? Type.STRING : Type.QUOTED;
                String text = content.toString();
                tokens.add(new Token(type, text, text, start, i));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n
                        && (Character.isLetterOrDigit(sql.charAt(i))
                                || sql.charAt(i) == '_'
                                || sql.charAt(i) == '$')) {
                    i++;
                }
                String text = sql.substring(start, i);
                tokens.add(new Token(Type.WORD, text, text.toUpperCase(Locale.ROOT), start, i));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n
                        && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                String text = sql.substring(start, i);
                tokens.add(new Token(Type.NUMBER, text, text, start, i));
            } else if (c == '=' && i + 1 < n && sql.charAt(i + 1) == '>') {
                tokens.add(new Token(Type.SYMBOL, "=>", "=>", i, i + 2));
                i += 2;
            } else {
                String text = String.valueOf(c);
                tokens.add(new Token(Type.SYMBOL, text, text, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Whether the tokens hold a statement (not only semicolons). */
    static boolean hasStatement(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> !(t.type() == Type.SYMBOL && t.text().equals(";")));
    }

    // ---------------------------------------------------------------- statements

    /**
     * Splits tokens into statements at top-level semicolons; the semicolons inside {@code [EXECUTE]
     * STATEMENT SET BEGIN ... END} stay inside that one statement. Empty statements are dropped.
     */
    static List<List<Token>> statements(List<Token> tokens) {
        List<List<Token>> statements = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size();
            if (!end) {
                Token t = tokens.get(i);
                if (t.type() == Type.SYMBOL) {
                    switch (t.text()) {
                        case "(" -> depth++;
                        case ")" -> depth = Math.max(0, depth - 1);
                        case ";" ->
                                end =
                                        depth == 0
                                                && (!isBlock(tokens, start)
                                                        || (i > start
                                                                && isWord(
                                                                        tokens.get(i - 1), "END")));
                        default -> {}
                    }
                }
            }
            if (end) {
                if (i > start) {
                    statements.add(tokens.subList(start, i));
                }
                start = i + 1;
            }
        }
        return statements;
    }

    /** Whether a statement starts with {@code [EXECUTE] STATEMENT SET BEGIN}. */
    private static boolean isBlock(List<Token> tokens, int start) {
        int i = start;
        if (i < tokens.size() && isWord(tokens.get(i), "EXECUTE")) {
            i++;
        }
        return i + 2 < tokens.size()
                && isWord(tokens.get(i), "STATEMENT")
                && isWord(tokens.get(i + 1), "SET")
                && isWord(tokens.get(i + 2), "BEGIN");
    }

    private static boolean isWord(Token token, String word) {
        return token.type() == Type.WORD && token.upper().equals(word);
    }

    /** Scans one statement's tokens into the builder. */
    static void scanStatement(List<Token> statement, AnalysisBuilder out) {
        for (List<Token> part : split(statement)) {
            new StatementScan(part, out).run();
        }
    }

    /** The INSERTs of a statement-set block are scanned one by one (each has its own CTEs). */
    private static List<List<Token>> split(List<Token> statement) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= statement.size(); i++) {
            boolean end = i == statement.size();
            if (!end) {
                Token t = statement.get(i);
                if (t.type() == Type.SYMBOL && t.text().equals("(")) {
                    depth++;
                } else if (t.type() == Type.SYMBOL && t.text().equals(")")) {
                    depth = Math.max(0, depth - 1);
                } else if (t.type() == Type.SYMBOL && t.text().equals(";")) {
                    end = depth == 0;
                }
            }
            if (end) {
                if (i > start) {
                    parts.add(statement.subList(start, i));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private record Name(List<String> parts, int end) {}

    private record Cte(String name, int visibleAfter) {}

    private static final class Frame {
        final String function;
        boolean inFrom;

        Frame(String function, boolean inFrom) {
            this.function = function;
            this.inFrom = inFrom;
        }
    }

    private static final class StatementScan {
        private final List<Token> t;
        private final int n;
        private final int[] match;
        private final AnalysisBuilder out;
        private final List<Cte> ctes = new ArrayList<>();
        private final Set<Integer> fromParens = new HashSet<>();
        private final Set<Integer> derivedParens = new HashSet<>();
        private boolean aggregate;
        private boolean groupBy;

        StatementScan(List<Token> tokens, AnalysisBuilder out) {
            this.t = tokens;
            this.n = tokens.size();
            this.out = out;
            this.match = new int[n];
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                match[i] = -1;
                if (sym(i, "(")) {
                    open.push(i);
                } else if (sym(i, ")") && !open.isEmpty()) {
                    int o = open.pop();
                    match[o] = i;
                    match[i] = o;
                }
            }
        }

        void run() {
            header();
            for (int i = 0; i + 1 < n; i++) {
                if (word(i).equals("INSERT")
                        && (word(i + 1).equals("INTO") || word(i + 1).equals("OVERWRITE"))) {
                    Name name = name(i + 2);
                    if (name != null) {
                        out.target(TableName.of(name.parts()));
                        out.kind(StatementKind.INSERT); // also after a leading WITH
                    }
                }
            }
            findCtes();
            body();
        }

        // ------------------------------------------------------------ header: kind and DDL

        private void header() {
            int i = word(0).equals("EXECUTE") ? 1 : 0;
            switch (word(i)) {
                case "INSERT" -> out.kind(StatementKind.INSERT);
                case "STATEMENT" -> out.kind(StatementKind.STATEMENT_SET);
                case "BEGIN" ->
                        out.kind(
                                word(i + 1).equals("STATEMENT")
                                        ? StatementKind.STATEMENT_SET
                                        : StatementKind.OTHER);
                case "CREATE", "REPLACE" -> create(i);
                case "SELECT", "WITH", "VALUES" -> out.kind(StatementKind.QUERY);
                default -> out.kind(sym(i, "(") ? StatementKind.QUERY : StatementKind.OTHER);
            }
        }

        private void create(int start) {
            boolean replaceOnly = word(start).equals("REPLACE");
            int i = start + 1;
            if (word(i).equals("OR") && word(i + 1).equals("REPLACE")) {
                i += 2;
            }
            boolean temporary = word(i).equals("TEMPORARY");
            if (temporary) {
                i++;
            }
            boolean materialized = word(i).equals("MATERIALIZED");
            if (materialized) {
                i++;
            }
            String what = word(i);
            if (!what.equals("TABLE") && !what.equals("VIEW")) {
                out.kind(StatementKind.OTHER);
                return;
            }
            i++;
            if (word(i).equals("IF") && word(i + 1).equals("NOT") && word(i + 2).equals("EXISTS")) {
                i += 3;
            }
            Name name = name(i);
            if (name == null) {
                out.kind(StatementKind.OTHER);
                return;
            }
            TableName table = TableName.of(name.parts());
            if (what.equals("VIEW")) {
                if (temporary) {
                    out.kind(StatementKind.OTHER);
                    out.localView(table);
                } else {
                    out.kind(StatementKind.CREATE_VIEW);
                    out.target(table);
                }
                return;
            }
            out.target(table);
            boolean as = replaceOnly;
            Map<String, String> options = new LinkedHashMap<>();
            for (int k = name.end(); k < n; k++) {
                if (sym(k, "(") && match[k] > k) {
                    k = match[k]; // column list, distribution keys, ...: depth > 0
                } else if (word(k).equals("AS")) {
                    as = true;
                    break;
                } else if (word(k).equals("LIKE")) {
                    Name like = name(k + 1);
                    if (like != null) {
                        out.source(TableName.of(like.parts()));
                    }
                } else if (word(k).equals("WITH") && sym(k + 1, "(") && match[k + 1] > k) {
                    options = options(k + 1);
                }
            }
            out.kind(
                    materialized
                            ? StatementKind.CREATE_MATERIALIZED_TABLE
                            : as ? StatementKind.CREATE_TABLE_AS : StatementKind.CREATE_TABLE);
            out.createdTable(primaryKey(name.end()), options);
        }

        /** {@code ('k' = 'v', ...)} from the open parenthesis at {@code open}. */
        private Map<String, String> options(int open) {
            Map<String, String> options = new LinkedHashMap<>();
            int close = match[open];
            int k = open + 1;
            while (k + 2 < close) {
                if (isValue(k) && sym(k + 1, "=") && isValue(k + 2)) {
                    options.put(t.get(k).text(), t.get(k + 2).text());
                    k += 3;
                } else {
                    k++;
                }
            }
            return options;
        }

        private boolean isValue(int k) {
            Type type = t.get(k).type();
            return type == Type.STRING
                    || type == Type.QUOTED
                    || type == Type.NUMBER
                    || type == Type.WORD;
        }

        private List<String> primaryKey(int from) {
            for (int k = from; k + 1 < n; k++) {
                if (word(k).equals("PRIMARY") && word(k + 1).equals("KEY")) {
                    if (sym(k + 2, "(") && match[k + 2] > k) {
                        List<String> columns = new ArrayList<>();
                        for (int c = k + 3; c < match[k + 2]; c++) {
                            if (t.get(c).type() == Type.WORD || t.get(c).type() == Type.QUOTED) {
                                columns.add(t.get(c).text());
                            }
                        }
                        return columns;
                    }
                    int c = k - 1; // column constraint: the column is after the last ( or ,
                    while (c > from && !sym(c, ",") && !sym(c, "(")) {
                        c = sym(c, ")") && match[c] >= 0 ? match[c] - 1 : c - 1;
                    }
                    Name column = name(c + 1);
                    return column == null ? List.of() : List.of(String.join(".", column.parts()));
                }
                if (word(k).equals("AS")) {
                    break;
                }
            }
            return List.of();
        }

        // ------------------------------------------------------------ CTEs

        private void findCtes() {
            for (int k = 0; k < n; k++) {
                if (!word(k).equals("WITH") || sym(k + 1, "(")) {
                    continue;
                }
                int m = word(k + 1).equals("RECURSIVE") ? k + 2 : k + 1;
                while (true) {
                    Name name = name(m);
                    if (name == null || name.parts().size() != 1) {
                        break;
                    }
                    int p = name.end();
                    if (sym(p, "(") && match[p] > p) {
                        p = match[p] + 1; // column names
                    }
                    if (!word(p).equals("AS") || !sym(p + 1, "(") || match[p + 1] < 0) {
                        break;
                    }
                    int close = match[p + 1];
                    ctes.add(new Cte(name.parts().get(0), close));
                    if (!sym(close + 1, ",")) {
                        break;
                    }
                    m = close + 2;
                }
            }
        }

        /** A CTE is visible after its body (it does not see itself) until the statement ends. */
        private boolean isCte(String name, int at) {
            for (Cte cte : ctes) {
                if (cte.name().equals(name) && at > cte.visibleAfter()) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ body: references, signals

        private void body() {
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame(null, false));
            for (int i = 0; i < n; i++) {
                Token token = t.get(i);
                if (token.type() == Type.SYMBOL) {
                    switch (token.text()) {
                        case "(" -> {
                            if (isExpressionSubquery(i, frames.peek())) {
                                out.signal(StateSignal.SUBQUERY);
                            }
                            String function =
                                    i > 0 && t.get(i - 1).type() == Type.WORD
                                            ? t.get(i - 1).upper()
                                            : null;
                            frames.push(new Frame(function, fromParens.contains(i)));
                        }
                        case ")" -> {
                            if (frames.size() > 1) {
                                frames.pop();
                            }
                        }
                        case "," -> {
                            if (frames.peek().inFrom) {
                                fromItem(i + 1, true);
                            }
                        }
                        default -> {}
                    }
                    continue;
                }
                if (token.type() != Type.WORD) {
                    continue;
                }
                Frame frame = frames.peek();
                String w = token.upper();
                if (END_OF_FROM.contains(w)) {
                    frame.inFrom = false;
                }
                switch (w) {
                    case "FROM" -> {
                        if (!isFalseFrom(i, frame)) {
                            frame.inFrom = true;
                            fromItem(i + 1, false);
                        }
                    }
                    case "JOIN" -> {
                        frame.inFrom = true;
                        join(i);
                    }
                    case "GROUP" -> {
                        if (word(i + 1).equals("BY")) {
                            groupBy = true;
                            out.signal(StateSignal.GROUP_BY);
                        }
                    }
                    case "SELECT" -> {
                        if (word(i + 1).equals("DISTINCT")) {
                            out.signal(StateSignal.DISTINCT);
                        }
                    }
                    case "UNION" -> {
                        if (!word(i + 1).equals("ALL")) {
                            out.signal(StateSignal.SET_OPERATION);
                        }
                    }
                    case "INTERSECT", "EXCEPT", "MINUS" -> out.signal(StateSignal.SET_OPERATION);
                    case "OVER" -> {
                        if (sym(i + 1, "(") || name(i + 1) != null) {
                            out.signal(StateSignal.OVER);
                        }
                    }
                    case "MATCH_RECOGNIZE" -> {
                        if (sym(i + 1, "(")) {
                            out.signal(StateSignal.MATCH_RECOGNIZE);
                        }
                    }
                    case "TUMBLE", "HOP", "CUMULATE", "SESSION" -> {
                        if (sym(i + 1, "(") && (word(i + 2).equals("TABLE") || sym(i + 3, "=>"))) {
                            out.signal(StateSignal.WINDOW_TVF);
                        }
                    }
                    case "TABLE" -> tableArgument(i, frame);
                    default -> {
                        if ((TreeWalker.AGGREGATES.contains(w)
                                        || w.startsWith("JSON_OBJECTAGG")
                                        || w.startsWith("JSON_ARRAYAGG"))
                                && sym(i + 1, "(")
                                && match[i + 1] > i
                                && !word(afterAggregate(match[i + 1] + 1)).equals("OVER")) {
                            aggregate = true;
                        }
                    }
                }
            }
            if (aggregate && !groupBy) {
                out.signal(StateSignal.AGGREGATE);
            }
        }

        /** Skips FILTER (...), WITHIN GROUP (...), IGNORE|RESPECT NULLS after an aggregate. */
        private int afterAggregate(int k) {
            while (true) {
                if (word(k).equals("FILTER") && sym(k + 1, "(") && match[k + 1] > k) {
                    k = match[k + 1] + 1;
                } else if (word(k).equals("WITHIN")
                        && word(k + 1).equals("GROUP")
                        && sym(k + 2, "(")
                        && match[k + 2] > k) {
                    k = match[k + 2] + 1;
                } else if ((word(k).equals("IGNORE") || word(k).equals("RESPECT"))
                        && word(k + 1).equals("NULLS")) {
                    k += 2;
                } else {
                    return k;
                }
            }
        }

        /** A parenthesised query that is an operand of an expression (not a FROM item). */
        private boolean isExpressionSubquery(int open, Frame frame) {
            if (!(word(open + 1).equals("SELECT") || word(open + 1).equals("WITH"))
                    || derivedParens.contains(open)
                    || open == 0) {
                return false;
            }
            Token before = t.get(open - 1);
            if (before.type() == Type.WORD) {
                return EXPRESSION_KEYWORDS.contains(before.upper());
            }
            if (before.type() != Type.SYMBOL) {
                return false;
            }
            return switch (before.text()) {
                case "=", "<", ">", "+", "-", "*", "/", "%", "|" -> true;
                case "," -> !frame.inFrom;
                default -> false;
            };
        }

        /** FROM inside EXTRACT/TRIM/SUBSTRING/OVERLAY(...) or in IS [NOT] DISTINCT FROM. */
        private boolean isFalseFrom(int i, Frame frame) {
            if (frame.function != null && FROM_IN_ARGUMENTS.contains(frame.function)) {
                return true;
            }
            if (word(i - 1).equals("DISTINCT")) {
                return word(i - 2).equals("IS")
                        || (word(i - 2).equals("NOT") && word(i - 3).equals("IS"));
            }
            return false;
        }

        /** {@code TABLE t} as a function argument (window TVFs, process table functions). */
        private void tableArgument(int i, Frame frame) {
            if (!(sym(i - 1, "(") || sym(i - 1, ",") || sym(i - 1, "=>"))) {
                return;
            }
            Name name = name(i + 1);
            if (name == null || sym(name.end(), "(")) {
                return;
            }
            relation(name, i + 1);
            if (word(name.end()).equals("PARTITION")
                    && word(name.end() + 1).equals("BY")
                    && !TreeWalker.WINDOW_TVFS.contains(frame.function)) {
                out.signal(StateSignal.PARTITIONED_TABLE_FUNCTION);
            }
        }

        private void join(int i) {
            int p = word(i - 1).equals("OUTER") ? i - 2 : i - 1;
            JoinKeyword keyword =
                    switch (word(p)) {
                        case "LEFT" -> JoinKeyword.LEFT;
                        case "RIGHT" -> JoinKeyword.RIGHT;
                        case "FULL" -> JoinKeyword.FULL;
                        case "INNER" -> JoinKeyword.INNER;
                        case "CROSS" -> JoinKeyword.CROSS;
                        default -> JoinKeyword.REGULAR;
                    };
            int j = i + 1;
            if (!isTableFunction(j)) {
                Name name = name(j);
                boolean temporal =
                        name != null
                                && word(name.end()).equals("FOR")
                                && word(name.end() + 1).equals("SYSTEM_TIME");
                out.signal(temporal ? StateSignal.TEMPORAL_JOIN : StateSignal.JOIN);
                out.join(keyword);
            }
            fromItem(j, false);
        }

        /** UNNEST, LATERAL ..., or TABLE(f(...)) of a function that takes no table. */
        private boolean isTableFunction(int j) {
            String w = word(j);
            if (w.equals("UNNEST")) {
                return true;
            }
            if (w.equals("LATERAL")) {
                return !sym(j + 1, "(") || isTableFunction(j + 1); // LATERAL (SELECT ...) joins
            }
            if (w.equals("TABLE") && sym(j + 1, "(")) {
                return !TreeWalker.WINDOW_TVFS.contains(word(j + 2)) && !hasTableArgument(j + 1);
            }
            return false;
        }

        private boolean hasTableArgument(int open) {
            int close = match[open] < 0 ? n : match[open];
            for (int k = open + 1; k < close; k++) {
                if (word(k).equals("TABLE") && name(k + 1) != null && !sym(k + 2, "(")) {
                    return true;
                }
            }
            return false;
        }

        /** The item that starts at {@code j} in a FROM list. */
        private void fromItem(int j, boolean afterComma) {
            if (j >= n) {
                return;
            }
            if (word(j).equals("LATERAL") && sym(j + 1, "(")) {
                j++; // LATERAL (SELECT ...): a derived table
            }
            if (sym(j, "(")) {
                String next = word(j + 1);
                if (next.equals("SELECT") || next.equals("WITH") || next.equals("VALUES")) {
                    derivedParens.add(j);
                    if (afterComma) {
                        out.signal(StateSignal.JOIN); // its FROM is scanned on its own
                    }
                    return;
                }
                fromParens.add(j); // a parenthesised join: its items are FROM items
                fromItem(j + 1, afterComma);
                return;
            }
            if (isTableFunction(j)) {
                return;
            }
            if (word(j).equals("TABLE")) {
                if (afterComma) {
                    out.signal(StateSignal.JOIN); // window TVF or function of a table
                }
                return;
            }
            Name name = name(j);
            if (name == null || sym(name.end(), "(")) {
                return; // not a name, or a function call
            }
            if (afterComma) {
                out.signal(StateSignal.JOIN);
                out.join(JoinKeyword.COMMA);
            }
            relation(name, j);
        }

        private void relation(Name name, int at) {
            if (name.parts().size() == 1 && isCte(name.parts().get(0), at)) {
                return;
            }
            out.source(TableName.of(name.parts()));
        }

        // ------------------------------------------------------------ token helpers

        /** A dotted name at {@code k}; unquoted parts may hold dashes written without spaces. */
        private Name name(int k) {
            List<String> parts = new ArrayList<>();
            int i = k;
            while (true) {
                if (i >= n) {
                    break;
                }
                Token token = t.get(i);
                String part;
                if (token.type() == Type.QUOTED) {
                    part = token.text();
                    i++;
                } else if (token.type() == Type.WORD
                        && (!parts.isEmpty() || !NOT_A_NAME.contains(token.upper()))) {
                    StringBuilder glued = new StringBuilder(token.text());
                    i++;
                    while (i + 1 < n
                            && sym(i, "-")
                            && t.get(i).start() == t.get(i - 1).end()
                            && (t.get(i + 1).type() == Type.WORD
                                    || t.get(i + 1).type() == Type.NUMBER)
                            && t.get(i + 1).start() == t.get(i).end()) {
                        glued.append('-').append(t.get(i + 1).text());
                        i += 2;
                    }
                    part = glued.toString();
                } else {
                    break;
                }
                parts.add(part);
                if (sym(i, ".") && i + 1 < n) {
                    i++;
                } else {
                    break;
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            return new Name(parts, i);
        }

        private String word(int k) {
            if (k < 0 || k >= n) {
                return "";
            }
            Token token = t.get(k);
            return token.type() == Type.WORD ? token.upper() : "";
        }

        private boolean sym(int k, String symbol) {
            if (k < 0 || k >= n) {
                return false;
            }
            Token token = t.get(k);
            return token.type() == Type.SYMBOL && token.text().equals(symbol);
        }
    }
}
