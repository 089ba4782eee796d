package io.shiftleft.pipeline.sql;

import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The text of a parsed file, to look at the source around a parse-tree position (the tree does not
 * keep every keyword: {@code JOIN} and {@code INNER JOIN} give the same node). Line starts and
 * tokens are computed on first use only.
 */
final class SourceText {

    private final String sql;
    private int[] lineStarts;
    private List<LexicalScanner.Token> tokens;

    SourceText(String sql) {
        this.sql = sql;
    }

    /**
     * The upper-case word written just before the token at a parser position (comments skipped), or
     * "" when there is none or the position does not start a token.
     */
    String wordBefore(SqlParserPos pos) {
        int offset = offset(pos.getLineNum(), pos.getColumnNum());
        if (offset < 0) {
            return "";
        }
        if (tokens == null) {
            tokens = LexicalScanner.tokenize(sql);
        }
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = tokens.get(mid).start();
            if (start < offset) {
                low = mid + 1;
            } else if (start > offset) {
                high = mid - 1;
            } else {
                if (mid == 0) {
                    return "";
                }
                LexicalScanner.Token before = tokens.get(mid - 1);
                return before.type() == LexicalScanner.Type.WORD ? before.upper() : "";
            }
        }
        return "";
    }

    /** Offset of a 1-based line and column; lines end with LF, CR or CRLF as the parser counts. */
    private int offset(int line, int column) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length || column < 1) {
            return -1;
        }
        int offset = starts[line - 1] + column - 1;
        return offset < sql.length() ? offset : -1;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < sql.length(); i++) {
                if (isLineEnd(i)) {
                    count++;
                }
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < sql.length(); i++) {
                if (isLineEnd(i)) {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    private boolean isLineEnd(int i) {
        char c = sql.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n'));
    }
}
