package io.shiftleft.monitor.tracking;

import java.util.Objects;

/**
 * A child statement created before its running parent's (domain §3.13): the child reads from a
 * table whose statement was (re)started after it, which usually means the child missed records or
 * reads a re-created topic from the wrong offsets.
 *
 * @param parentStatement the parent table's DML statement
 * @param childStatement the child table's DML statement
 * @param parentTable the parent table
 * @param childTable the child table
 */
public record OutOfOrderPair(
        String parentStatement, String childStatement, String parentTable, String childTable) {

    public OutOfOrderPair {
        Objects.requireNonNull(parentStatement, "parentStatement");
        Objects.requireNonNull(childStatement, "childStatement");
    }
}
