package io.shiftleft.pipeline.adapt;

/**
 * A range of SQL text, {@code start} inclusive, {@code end} exclusive.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of a run of tokens, first to last. */
    static Span of(SqlToken first, SqlToken last) {
        return new Span(first.start(), last.end());
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
