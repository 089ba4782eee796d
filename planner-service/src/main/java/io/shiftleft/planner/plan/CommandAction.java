package io.shiftleft.planner.plan;

/** What one command asks the deployer to do (the acting symbols of the wire's StepAction). */
public enum CommandAction {
    /** Create the table from its DDL, after dropping it when {@code dropTable} says so. */
    RUN_DDL,
    /** Start the table's DML statement, replacing one of the same name. */
    RUN_DML,
    /** Stop the running DML statement and start it again with the given SQL. */
    RESTART_DML,
    /** Delete the named statement if it exists. */
    DELETE,
    /** Drop the table (and so its topic) if it exists. */
    DROP_TABLE
}
