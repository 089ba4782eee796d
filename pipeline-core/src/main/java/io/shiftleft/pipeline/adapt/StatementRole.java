package io.shiftleft.pipeline.adapt;

/** Whether a statement is a table's DDL or its DML. */
public enum StatementRole {
    /** The statement that creates the table (a {@code CREATE TABLE ... AS SELECT} included). */
    DDL,
    /** The statement that fills it. */
    DML
}
