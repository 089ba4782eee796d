package io.shiftleft.pipeline.naming;

import io.shiftleft.pipeline.model.TableNode;

/**
 * Names the platform objects of a table in one environment. Implementations are pure: the same
 * table always gets the same names, so a planner and a deployer that never talk agree on them.
 */
public interface NamingStrategy {

    /** Name of the statement running the table's DDL ({@code CREATE TABLE}). */
    String ddlStatementName(TableNode table);

    /** Name of the statement running the table's DML ({@code INSERT INTO ... SELECT}). */
    String dmlStatementName(TableNode table);

    /** Name of the statement dropping the table before its DDL runs again. */
    String dropStatementName(TableNode table);

    /** Display name of the compute pool dedicated to the table, when it gets one. */
    String computePoolName(TableNode table);
}
