package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits of one text by offsets, applied together: everything outside the edited ranges, comments
 * included, is kept as it was. A deletion also takes the blanks after it (or the whole line, when
 * nothing else is left on it), so removed clauses leave no gaps; deletions separated by blanks only
 * are joined first.
 */
final class TextEdits {

    /** A replacement of [start, end) by text (null: a deletion); order breaks ties. */
    private record Edit(int start, int end, String text, int order) {}

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    void insert(int at, String inserted) {
        edits.add(new Edit(at, at, inserted, edits.size()));
    }

    void replace(Span span, String replacement) {
        edits.add(new Edit(span.start(), span.end(), replacement, edits.size()));
    }

    void delete(Span span) {
        edits.add(new Edit(span.start(), span.end(), null, edits.size()));
    }

    /** The edited text. */
    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        // at one offset, insertions go first: a deletion that starts there may widen past it
        sorted.sort(
                Comparator.comparingInt(Edit::start)
                        .thenComparing(e -> e.text() == null || e.end() > e.start())
                        .thenComparingInt(Edit::order));
        List<Edit> merged = new ArrayList<>();
        for (Edit e : sorted) {
            Edit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null
                    && last.text() == null
                    && e.text() == null
                    && e.start() >= last.end()
                    && text.substring(last.end(), e.start()).isBlank()) {
                merged.set(
                        merged.size() - 1,
                        new Edit(last.start(), Math.max(last.end(), e.end()), null, last.order()));
            } else if (last != null && last.text() == null && e.text() == null) {
                if (e.start() < last.end()) { // overlapping deletions: one range
                    merged.set(
                            merged.size() - 1,
                            new Edit(
                                    last.start(),
                                    Math.max(last.end(), e.end()),
                                    null,
                                    last.order()));
                } else {
                    merged.add(e);
                }
            } else {
                merged.add(e);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int k = 0; k < merged.size(); k++) {
            Edit e = merged.get(k);
            int limit = k + 1 < merged.size() ? merged.get(k + 1).start() : text.length();
            Edit applied = e.text() == null ? widen(e, at, Math.max(limit, e.end())) : e;
            if (applied.start() < at) {
                throw new IllegalStateException(
                        "overlapping SQL edits at offset " + applied.start() + " of " + text);
            }
            out.append(text, at, applied.start());
            if (applied.text() != null) {
                out.append(applied.text());
            } else if (needsSpace(out, applied.end())) {
                out.append(' ');
            }
            at = applied.end();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /**
     * A deletion widened over blanks: its whole line when nothing else stays on it; the blanks on
     * both sides before punctuation or the line's end; else the blanks after it when blanks, a line
     * start or an opening parenthesis precede it.
     */
    private Edit widen(Edit deletion, int lowest, int highest) {
        int left = deletion.start();
        while (left > lowest && isBlank(text.charAt(left - 1))) {
            left--;
        }
        int right = deletion.end();
        while (right < highest && isBlank(text.charAt(right))) {
            right++;
        }
        boolean lineStart = left == 0 || isNewline(text.charAt(left - 1));
        boolean lineEnd = right == text.length() || isNewline(text.charAt(right));
        if (lineStart && lineEnd) {
            if (right < highest) {
                right += text.startsWith("\r\n", right) ? 2 : 1;
            } else if (left > lowest) {
                left -= left >= 2 && text.startsWith("\r\n", left - 2) ? 2 : 1;
            }
            return new Edit(left, right, null, deletion.order());
        }
        if (lineEnd || (right < text.length() && ",;)".indexOf(text.charAt(right)) >= 0)) {
            return new Edit(left, right, null, deletion.order());
        }
        // keep one blank between what stays: the one before the deletion, if anything precedes
        boolean eatRight =
                left < deletion.start()
                        || lineStart
                        || (deletion.start() > 0 && text.charAt(deletion.start() - 1) == '(');
        return new Edit(
                deletion.start(), eatRight ? right : deletion.end(), null, deletion.order());
    }

    /** Whether deleting up to {@code next} would glue two words together. */
    private boolean needsSpace(StringBuilder out, int next) {
        return out.length() > 0
                && next < text.length()
                && SqlToken.isWordPart(out.charAt(out.length() - 1))
                && SqlToken.isWordPart(text.charAt(next));
    }

    /** The indentation of the line that holds {@code offset}. */
    String indentOf(int offset) {
        int start = offset;
        while (start > 0 && !isNewline(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < text.length() && isBlank(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether a line break lies between two offsets. */
    boolean lineBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isNewline(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The line separator the text uses. */
    String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Offset of the end of the line holding {@code offset} (its line break excluded). */
    int lineEnd(int offset) {
        int k = offset;
        while (k < text.length() && !isNewline(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }
}
