package io.shiftleft.platform;

/** How to stop a running statement. */
public enum StopMode {
    /** Keep the state: CCF {@code spec.stopped=true}; Flink stop-with-savepoint. */
    SAVEPOINT,
    /** Throw the state away: CCF stop as well (state is kept server side anyway); Flink cancel. */
    CANCEL
}
