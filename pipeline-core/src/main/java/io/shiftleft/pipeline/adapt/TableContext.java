package io.shiftleft.pipeline.adapt;

import java.util.Objects;

/**
 * What is known about the table a statement belongs to.
 *
 * @param tableName the table's name, or "" when unknown (a file given alone)
 * @param productName the table's data product, or "" when it has none
 * @param rowtimeReferenced whether some DML reading the table uses {@code $rowtime}
 */
public record TableContext(String tableName, String productName, boolean rowtimeReferenced) {

    public TableContext {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(productName, "productName");
    }

    /** Nothing known: a statement given on its own. */
    public static TableContext unknown() {
        return new TableContext("", "", false);
    }

    /** A table known by name only. */
    public static TableContext of(String tableName) {
        return new TableContext(tableName, "", false);
    }
}
