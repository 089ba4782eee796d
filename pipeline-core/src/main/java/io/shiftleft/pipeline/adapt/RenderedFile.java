package io.shiftleft.pipeline.adapt;

import java.util.Objects;

/**
 * One SQL file of a table after adaptation.
 *
 * @param file the file, relative to the project root
 * @param role whether it is the table's DDL or DML
 * @param sql the text before and after adaptation
 */
public record RenderedFile(String file, StatementRole role, AdaptedSql sql) {

    public RenderedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sql, "sql");
    }
}
