package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.List;

/** Splits the tokens of a SQL text into statements at the semicolons outside any statement set. */
final class SqlStatements {

    private SqlStatements() {}

    /**
     * The statements, each a non-empty token list without its semicolon. The semicolons between
     * {@code EXECUTE STATEMENT SET BEGIN} and {@code END} stay inside that one statement.
     */
    static List<List<SqlToken>> split(List<SqlToken> tokens) {
        List<List<SqlToken>> statements = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean end = k == tokens.size();
            if (!end && tokens.get(k).isSymbol(";")) {
                end = !inBlock(tokens, start) || (k > start && tokens.get(k - 1).isWord("END"));
            }
            if (end) {
                if (k > start) {
                    statements.add(List.copyOf(tokens.subList(start, k)));
                }
                start = k + 1;
            }
        }
        return statements;
    }

    private static boolean inBlock(List<SqlToken> tokens, int start) {
        int n = tokens.size();
        return start + 3 < n
                && tokens.get(start).isWord("EXECUTE")
                && tokens.get(start + 1).isWord("STATEMENT")
                && tokens.get(start + 2).isWord("SET")
                && tokens.get(start + 3).isWord("BEGIN");
    }
}
