package io.shiftleft.pipeline.adapt;

import java.util.List;

/**
 * A parenthesised, comma-separated list in SQL text: the columns of a table or the options of a
 * {@code WITH} clause.
 *
 * @param open offset of the opening parenthesis
 * @param close offset of the closing parenthesis
 * @param items the span of each item, in order
 * @param commas the span of the comma after each item but the last
 */
record SqlList(int open, int close, List<Span> items, List<Span> commas) {

    SqlList {
        items = List.copyOf(items);
        commas = List.copyOf(commas);
        if (!items.isEmpty() && commas.size() != items.size() - 1) {
            throw new IllegalArgumentException(
                    items.size() + " list items need " + (items.size() - 1) + " commas");
        }
    }

    /** Splits the tokens strictly between two parentheses at the commas of depth zero. */
    static SqlList split(List<SqlToken> tokens, int openIndex, int closeIndex) {
        List<Span> items = new java.util.ArrayList<>();
        List<Span> commas = new java.util.ArrayList<>();
        int depth = 0;
        int angle = 0;
        int first = openIndex + 1;
        for (int i = openIndex + 1; i <= closeIndex; i++) {
            SqlToken t = tokens.get(i);
            boolean end = i == closeIndex;
            if (!end && t.kind() == SqlToken.Kind.SYMBOL) {
                switch (t.text()) {
                    case "(" -> depth++;
                    case ")" -> depth--;
                    case "<" -> angle += opensType(tokens, i, angle) ? 1 : 0;
                    case ">" -> angle = Math.max(0, angle - 1);
                    default -> {}
                }
            }
            if (end || (depth == 0 && angle == 0 && t.isSymbol(","))) {
                if (i > first) {
                    items.add(Span.of(tokens.get(first), tokens.get(i - 1)));
                    if (!end) {
                        commas.add(new Span(t.start(), t.end()));
                    }
                }
                first = i + 1;
            }
        }
        return new SqlList(
                tokens.get(openIndex).start(), tokens.get(closeIndex).start(), items, commas);
    }

    /** A {@code <} opens a type argument list after ARRAY, MAP, MULTISET, ROW or inside one. */
    private static boolean opensType(List<SqlToken> tokens, int i, int angle) {
        if (angle > 0) {
            return true;
        }
        SqlToken before = tokens.get(i - 1);
        return before.isWord("ARRAY")
                || before.isWord("MAP")
                || before.isWord("MULTISET")
                || before.isWord("ROW");
    }
}
