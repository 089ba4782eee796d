package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One token of SQL text with its offsets. Comments (hints included) and whitespace are not tokens,
 * so a rule that edits by token offsets never touches them.
 *
 * @param kind what the token is
 * @param text a word as written; the content of a quoted identifier or a string literal, without
 *     quotes and with doubled quotes made single; any other token as written
 * @param start offset of the first character (the opening quote of a quoted token)
 * @param end offset after the last character
 */
record SqlToken(Kind kind, String text, int start, int end) {

    /** Token kinds. */
    enum Kind {
        /** An unquoted identifier or keyword ({@code $} counts as a letter, as in Flink). */
        WORD,
        /** A backticked (or double-quoted) identifier. */
        QUOTED,
        /** A string literal in single quotes. */
        STRING,
        NUMBER,
        /** One punctuation character. */
        SYMBOL
    }

    /** Whether this is the unquoted word {@code upper}, in any case. */
    boolean isWord(String upper) {
        return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(upper);
    }

    /** Whether this is the punctuation character {@code symbol}. */
    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this names something: a word or a quoted identifier. */
    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** Splits SQL into tokens. An unterminated quote or comment runs to the end of the text. */
    static List<SqlToken> tokenize(String sql) {
        List<SqlToken> tokens = new ArrayList<>();
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
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '`' || c == '"') {
                i = quoted(sql, i, tokens);
            } else if (isWordStart(c)) {
                int start = i;
                while (i < n && isWordPart(sql.charAt(i))) {
                    i++;
                }
                tokens.add(new SqlToken(Kind.WORD, sql.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n
                        && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new SqlToken(Kind.NUMBER, sql.substring(start, i), start, i));
            } else {
                tokens.add(new SqlToken(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int quoted(String sql, int start, List<SqlToken> tokens) {
        char quote = sql.charAt(start);
        StringBuilder content = new StringBuilder();
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == quote && i + 1 < n && sql.charAt(i + 1) == quote) {
                content.append(quote);
                i += 2;
            } else if (c == quote) {
                i++;
                break;
            } else {
                content.append(c);
                i++;
            }
        }
        Kind kind = quote == '\'' ? Kind.STRING : Kind.QUOTED;
        tokens.add(new SqlToken(kind, content.toString(), start, i));
        return i;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A string literal of {@code value}: single quotes, inner quotes doubled. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** An identifier as Flink reads it: unquoted when it is a plain word, else backticked. */
    static String identifier(String name, boolean quote) {
        boolean plain = !name.isEmpty() && isWordStart(name.charAt(0));
        for (int i = 0; plain && i < name.length(); i++) {
            plain = isWordPart(name.charAt(i));
        }
        return plain && !quote ? name : "`" + name.replace("`", "``") + "`";
    }
}
