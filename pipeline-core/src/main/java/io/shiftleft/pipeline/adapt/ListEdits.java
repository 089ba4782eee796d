package io.shiftleft.pipeline.adapt;

import java.util.List;
import java.util.Set;

/**
 * Removes items from, and appends items to, a {@link SqlList} the way a person would: the commas
 * stay right, a removed item's line goes away, new items follow the last kept one on lines of their
 * own (with its indentation) when the list is written one item per line.
 */
final class ListEdits {

    private ListEdits() {}

    /**
     * Edits a list.
     *
     * @param edits where the edits go
     * @param list the list as written
     * @param removed indexes of the items to remove
     * @param appended the text of the items to add at the end
     */
    static void edit(TextEdits edits, SqlList list, Set<Integer> removed, List<String> appended) {
        edit(edits, list, removed, List.of(), appended);
    }

    /**
     * Edits a list.
     *
     * @param edits where the edits go
     * @param list the list as written
     * @param removed indexes of the items to remove
     * @param prepended the text of the items to add before the first kept item (at the end when no
     *     item is kept)
     * @param appended the text of the items to add at the end
     */
    static void edit(
            TextEdits edits,
            SqlList list,
            Set<Integer> removed,
            List<String> prepended,
            List<String> appended) {
        List<Span> items = list.items();
        int n = items.size();
        int lastKept = -1;
        for (int k = 0; k < n; k++) {
            if (removed.contains(k)) {
                edits.delete(items.get(k));
                if (k < n - 1) {
                    edits.delete(list.commas().get(k));
                }
            } else {
                lastKept = k;
            }
        }
        if (lastKept >= 0 && lastKept < n - 1) {
            edits.delete(list.commas().get(lastKept)); // the kept items now end the list
        }
        int firstKept = 0;
        while (firstKept < n && removed.contains(firstKept)) {
            firstKept++;
        }
        List<String> atEnd = appended;
        if (!prepended.isEmpty() && firstKept < n) {
            Span first = items.get(firstKept);
            String separator =
                    edits.lineBreakBetween(list.open(), first.start())
                            ? "," + edits.newline() + edits.indentOf(first.start())
                            : ", ";
            edits.insert(first.start(), String.join(separator, prepended) + separator);
        } else if (!prepended.isEmpty()) {
            atEnd = new java.util.ArrayList<>(prepended);
            atEnd.addAll(appended);
        }
        if (!atEnd.isEmpty()) {
            append(edits, list, lastKept, atEnd);
        }
    }

    private static void append(TextEdits edits, SqlList list, int lastKept, List<String> items) {
        String text = edits.text();
        String nl = edits.newline();
        if (lastKept < 0) {
            boolean multiline = edits.lineBreakBetween(list.open(), list.close());
            String indent = edits.indentOf(list.open()) + "  ";
            String joined =
                    multiline
                            ? nl + indent + String.join("," + nl + indent, items)
                            : String.join(", ", items);
            edits.insert(list.open() + 1, joined);
            return;
        }
        Span last = list.items().get(lastKept);
        boolean multiline = edits.lineBreakBetween(list.open(), last.start());
        if (!multiline) {
            edits.insert(last.end(), ", " + String.join(", ", items));
            return;
        }
        String indent = edits.indentOf(last.start());
        String lines = nl + indent + String.join("," + nl + indent, items);
        int lineEnd = commentsToLineEnd(text, last.end());
        if (lineEnd >= 0) { // keep the comments on the line of the item they follow
            edits.insert(last.end(), ",");
            edits.insert(lineEnd, lines);
        } else {
            edits.insert(last.end(), "," + lines);
        }
    }

    /**
     * The end of the line when only blanks and comments follow {@code from} on it and some comment
     * does, else -1.
     */
    private static int commentsToLineEnd(String text, int from) {
        int k = from;
        boolean comment = false;
        while (true) {
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (text.startsWith("--", k)) {
                while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
                    k++;
                }
                return k;
            }
            if (text.startsWith("/*", k)) {
                int close = text.indexOf("*/", k + 2);
                if (close < 0 || text.substring(k, close).contains("\n")) {
                    return -1;
                }
                k = close + 2;
                comment = true;
                continue;
            }
            boolean end = k == text.length() || text.charAt(k) == '\n' || text.charAt(k) == '\r';
            return end && comment ? k : -1;
        }
    }
}
