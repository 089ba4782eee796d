package io.shiftleft.pipeline.adapt;

import java.util.Objects;
import java.util.Optional;

/**
 * What would be submitted for one table of a project on one environment.
 *
 * @param tableName the table
 * @param external whether it is a pre-provisioned table, never deployed (no DDL, no DML)
 * @param ddl its DDL after adaptation, if it has one
 * @param dml its DML after adaptation, if it has one
 */
public record RenderedTable(
        String tableName,
        boolean external,
        Optional<RenderedFile> ddl,
        Optional<RenderedFile> dml) {

    public RenderedTable {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(ddl, "ddl");
        Objects.requireNonNull(dml, "dml");
    }
}
