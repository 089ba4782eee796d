package io.shiftleft.monitor.catalog;

/**
 * The table (and its product) a statement belongs to, as well as the monitor can tell.
 *
 * @param tableName the table, or null when unknown
 * @param productName the product, or null when unknown (or the table has none)
 * @param source how it was told: {@code label}, {@code command}, {@code project} or {@code name}
 *     (derived from shift_left's naming), or {@code none}
 */
public record TableRef(String tableName, String productName, String source) {

    /** Nothing known. */
    public static final TableRef NONE = new TableRef(null, null, "none");

    /** Whether the table is known. */
    public boolean known() {
        return tableName != null;
    }
}
