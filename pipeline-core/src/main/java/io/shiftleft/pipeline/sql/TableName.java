package io.shiftleft.pipeline.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A table name as written in SQL, without quotes: {@code t}, {@code db.t} or {@code cat.db.t}. A
 * name of more than three parts keeps the last two as database and table and joins the others with
 * dots into the catalog.
 *
 * @param catalog catalog part, or null
 * @param database database part, or null
 * @param table table part (what the project graph keys on)
 */
public record TableName(String catalog, String database, String table)
        implements Comparable<TableName> {

    private static final Comparator<String> NULLS_FIRST =
            Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<TableName> ORDER =
            Comparator.comparing(TableName::qualified)
                    .thenComparing(TableName::catalog, NULLS_FIRST)
                    .thenComparing(TableName::database, NULLS_FIRST)
                    .thenComparing(TableName::table);

    public TableName {
        Objects.requireNonNull(table, "table");
        if (table.isEmpty()) {
            throw new IllegalArgumentException("empty table name");
        }
        if (catalog != null && database == null) {
            throw new IllegalArgumentException("a catalog needs a database: " + catalog);
        }
    }

    /** A name without catalog and database. */
    public static TableName of(String table) {
        return new TableName(null, null, table);
    }

    /** The name of these parts (1 to n, unquoted), as {@link TableName} describes. */
    public static TableName of(List<String> parts) {
        int n = parts.size();
        return switch (n) {
            case 0 -> throw new IllegalArgumentException("no name parts");
            case 1 -> new TableName(null, null, parts.get(0));
            case 2 -> new TableName(null, parts.get(0), parts.get(1));
            default ->
                    new TableName(
                            String.join(".", parts.subList(0, n - 2)),
                            parts.get(n - 2),
                            parts.get(n - 1));
        };
    }

    /**
     * Parses {@code a.b.c}; a part may be backticked ({@code `my-topic`}, a doubled backtick stands
     * for one), so it may hold dots.
     */
    public static TableName parse(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                i++;
                while (i < text.length()) {
                    char q = text.charAt(i);
                    if (q == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                        part.append('`');
                        i += 2;
                    } else if (q == '`') {
                        i++;
                        break;
                    } else {
                        part.append(q);
                        i++;
                    }
                }
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
                i++;
            } else {
                part.append(c);
                i++;
            }
        }
        parts.add(part.toString());
        return of(parts.stream().map(String::strip).toList());
    }

    /** The table part: what the project graph keys on. */
    public String name() {
        return table;
    }

    /** The parts present, joined with dots, without quotes. */
    public String qualified() {
        if (database == null) {
            return table;
        }
        return catalog == null ? database + "." + table : catalog + "." + database + "." + table;
    }

    /** By {@link #qualified()}, then part by part (so that it is consistent with equals). */
    @Override
    public int compareTo(TableName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return qualified();
    }
}
