package io.shiftleft.platform.apache;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a statement does on Apache Flink, which decides how the adapter runs and tracks it: DDL
 * changes the catalog (and is replayed in every new gateway session), DML becomes a job, a query
 * reads through the gateway's result pages.
 */
public enum StatementKind {
    /**
     * Changes the session's catalog or configuration: {@code CREATE}, {@code DROP}, {@code ALTER},
     * {@code USE}, {@code SET}, {@code RESET}, {@code LOAD}/{@code UNLOAD MODULE}, {@code ADD JAR}.
     */
    DDL,
    /**
     * Becomes a Flink job: {@code INSERT}, {@code EXECUTE …}, {@code BEGIN STATEMENT SET}, and a
     * {@code CREATE TABLE … AS SELECT}.
     */
    DML,
    /** Reads: {@code SELECT}, {@code WITH}, {@code SHOW}, {@code DESCRIBE}, {@code EXPLAIN}, … */
    QUERY;

    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|--[^\\n]*");
    private static final Pattern CREATE_AS_SELECT =
            Pattern.compile(
                    "(?is)^CREATE\\s+(OR\\s+REPLACE\\s+)?TABLE\\b.*\\bAS\\s*\\(?\\s*(SELECT|WITH)\\b.*");

    /** The kind of one SQL statement, by its first keyword (comments skipped). */
    public static StatementKind of(String sql) {
        String text = COMMENTS.matcher(sql).replaceAll(" ").strip();
        String first = text.split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
        return switch (first) {
            case "INSERT", "EXECUTE", "BEGIN" -> DML;
            case "CREATE" -> CREATE_AS_SELECT.matcher(text).matches() ? DML : DDL;
            case "DROP", "ALTER", "USE", "SET", "RESET", "LOAD", "UNLOAD", "ADD", "REMOVE" -> DDL;
            default -> QUERY;
        };
    }
}
