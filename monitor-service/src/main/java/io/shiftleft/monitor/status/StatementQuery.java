package io.shiftleft.monitor.status;

import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;

/**
 * Which statements a list shows; a null criterion lets every statement through.
 *
 * @param environment the environment
 * @param product the table's product
 * @param table the table
 * @param phase the phase
 */
public record StatementQuery(String environment, String product, String table, Phase phase) {

    boolean matches(TrackedStatement s) {
        return (product == null || product.equals(s.productName()))
                && (table == null || table.equals(s.tableName()))
                && (phase == null || phase == s.phase());
    }
}
