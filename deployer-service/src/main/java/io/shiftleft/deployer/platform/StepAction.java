package io.shiftleft.deployer.platform;

import java.util.Arrays;

/** What a step does to a statement (the acting symbols of the contract's StepAction). */
public enum StepAction {
    /** Create a table from its DDL, after dropping it when the step says so. */
    RUN_DDL,
    /** Start a DML statement, replacing one of the same name that runs other SQL. */
    RUN_DML,
    /** Stop a DML statement and start it again, from its offsets where possible. */
    RESTART_DML,
    /** Stop a statement, keeping its state. */
    STOP,
    /** Resume a stopped statement. */
    RESUME,
    /** Delete a statement. */
    DELETE,
    /** Drop a table (on Confluent Cloud also its topic and schemas). */
    DROP_TABLE,
    /** Nothing to do. */
    SKIP,
    /** An action this deployer does not know: rejected. */
    UNKNOWN;

    /** The action of that name, UNKNOWN for any other name. */
    public static StepAction of(String name) {
        return Arrays.stream(values())
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElse(UNKNOWN);
    }
}
