package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.Objects;

/**
 * One table of shift_left's {@code inventory.json} (its {@code FlinkTableReference}), components in
 * the file's field order.
 *
 * @param tableName the table's name from its SQL
 * @param productName product, {@code "None"} when the table has none (shift_left's value)
 * @param type layer type
 * @param dmlRef DML file, relative ({@code pipelines/...}), or empty
 * @param ddlRef DDL file, relative, or empty
 * @param tableFolderName table folder, relative
 * @param kafkaTopic topic of an {@code external_kafka} table, otherwise {@code null}
 */
public record InventoryEntry(
        String tableName,
        String productName,
        TableType type,
        String dmlRef,
        String ddlRef,
        String tableFolderName,
        String kafkaTopic) {

    /** shift_left's product when an entry has no {@code product_name} field. */
    public static final String DEFAULT_PRODUCT = "common";

    public InventoryEntry {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(type, "type");
        productName = productName == null ? TableNode.NO_PRODUCT : productName;
        dmlRef = dmlRef == null ? "" : dmlRef;
        ddlRef = ddlRef == null ? "" : ddlRef;
        tableFolderName = tableFolderName == null ? "" : tableFolderName;
    }

    /** The inventory entry of a table of the graph. */
    public static InventoryEntry of(TableNode table) {
        return new InventoryEntry(
                table.tableName(),
                table.productName(),
                table.type(),
                table.dmlRef(),
                table.ddlRef(),
                table.folder(),
                table.kafkaTopic());
    }
}
