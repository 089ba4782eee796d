package io.shiftleft.pipeline.model;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Set;

/**
 * One table of the project graph with its direct neighbours, by name.
 *
 * @param tableName the table's name as written in its SQL (identity)
 * @param productName data product; {@code "None"} when the table has none (shift_left's value)
 * @param type layer type
 * @param stateForm whether the table's statement keeps state
 * @param folder table folder, relative, starting with the {@code pipelines} segment
 * @param ddlRef DDL file, relative like {@code folder}, or empty
 * @param dmlRef DML file, relative like {@code folder}, or empty
 * @param kafkaTopic topic of an external table, or null
 * @param parents names of the tables this one reads (kept sorted)
 * @param children names of the tables reading this one (kept sorted)
 */
public record TableNode(
        String tableName,
        String productName,
        TableType type,
        StateForm stateForm,
        String folder,
        String ddlRef,
        String dmlRef,
        String kafkaTopic,
        Set<String> parents,
        Set<String> children) {

    /** shift_left's product value for a table without product. */
    public static final String NO_PRODUCT = "None";

    public TableNode {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stateForm, "stateForm");
        productName = productName == null ? NO_PRODUCT : productName;
        folder = folder == null ? "" : folder;
        ddlRef = ddlRef == null ? "" : ddlRef;
        dmlRef = dmlRef == null ? "" : dmlRef;
        // An immutable sorted set is taken as it is, so nodes rebuilt from nodes share their sets.
        parents = ImmutableSortedSet.copyOf(parents);
        children = ImmutableSortedSet.copyOf(children);
    }

    /** Whether the table is a pre-provisioned topic that is never deployed. */
    public boolean isExternal() {
        return type == TableType.EXTERNAL_KAFKA;
    }

    /** Whether the table has a product (shift_left writes {@code "None"} otherwise). */
    public boolean hasProduct() {
        return !productName.isEmpty() && !productName.equals(NO_PRODUCT);
    }
}
