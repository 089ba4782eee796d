package io.shiftleft.pipeline.sql;

/**
 * What a SQL file does. A file with several statements gets the kind of its most data-moving
 * statement, in the reverse order of this list ({@link #STATEMENT_SET} first, then {@link #INSERT},
 * ...); {@code SET}, {@code USE} and the like are {@link #OTHER}.
 */
public enum StatementKind {
    /** Nothing but whitespace, comments and semicolons. */
    EMPTY,
    /** Flink's parser rejected the file and the lexical fallback did not recognise it either. */
    UNPARSABLE,
    /** A statement that neither creates nor writes a table: {@code SET}, {@code ALTER}, ... */
    OTHER,
    /** A bare query ({@code SELECT}, {@code WITH}, {@code VALUES}). */
    QUERY,
    /** {@code CREATE TABLE} with a column list, or {@code CREATE TABLE ... LIKE other}. */
    CREATE_TABLE,
    /** {@code CREATE VIEW} (a permanent view; temporary views are file-local). */
    CREATE_VIEW,
    /** {@code CREATE [OR REPLACE] TABLE ... AS SELECT}. */
    CREATE_TABLE_AS,
    /** {@code CREATE MATERIALIZED TABLE ... AS SELECT}. */
    CREATE_MATERIALIZED_TABLE,
    /** {@code INSERT INTO|OVERWRITE}. */
    INSERT,
    /** {@code EXECUTE STATEMENT SET BEGIN ... END} or {@code BEGIN STATEMENT SET; ... END;}. */
    STATEMENT_SET;

    /** Whether the kind creates a table or a view. */
    public boolean isDdl() {
        return this == CREATE_TABLE
                || this == CREATE_VIEW
                || this == CREATE_TABLE_AS
                || this == CREATE_MATERIALIZED_TABLE;
    }

    /** Whether the kind writes rows continuously (an INSERT, a statement set or an AS query). */
    public boolean writesRows() {
        return this == INSERT
                || this == STATEMENT_SET
                || this == CREATE_TABLE_AS
                || this == CREATE_MATERIALIZED_TABLE;
    }

    static StatementKind strongest(StatementKind a, StatementKind b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
