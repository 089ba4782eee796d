package io.shiftleft.pipeline.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The known state of each table's DML statement, by table name; an absent table is not running. */
public final class RunningState {

    private final Map<String, StatementState> byTable;

    private RunningState(Map<String, StatementState> byTable) {
        this.byTable = Map.copyOf(byTable);
    }

    public static RunningState of(Map<String, StatementState> byTable) {
        return new RunningState(byTable);
    }

    /** Nothing runs. */
    public static RunningState none() {
        return new RunningState(Map.of());
    }

    /** The given tables run (phase RUNNING, no pool known); for offline planning. */
    public static RunningState runningTables(Collection<String> tables) {
        Map<String, StatementState> states = new HashMap<>();
        for (String t : tables) {
            states.put(t, new StatementState(null, "RUNNING", null));
        }
        return new RunningState(states);
    }

    public Optional<StatementState> of(String table) {
        return Optional.ofNullable(byTable.get(table));
    }

    public boolean isRunning(String table) {
        StatementState state = byTable.get(table);
        return state != null && state.isRunning();
    }
}
