package io.shiftleft.pipeline.sql;

/**
 * A construct that makes a Flink statement keep state, found in the parse tree (or, after a
 * fallback, in the token stream; never in comments or strings). Any signal makes the statement
 * {@link io.shiftleft.pipeline.model.StateForm#STATEFUL}; {@link #detectedByShiftLeft()} tells
 * which ones shift_left also looks for.
 */
public enum StateSignal {
    /**
     * A join of two relations: regular, outer, interval, window join, {@code CROSS JOIN} or comma
     * join of tables. A table-function join ({@code CROSS JOIN UNNEST}, {@code LATERAL TABLE}) is
     * not one.
     */
    JOIN(true),
    /** A temporal or lookup join: {@code JOIN t FOR SYSTEM_TIME AS OF ...}. */
    TEMPORAL_JOIN(true),
    /** {@code GROUP BY} (including the legacy group windows {@code GROUP BY TUMBLE(...)}). */
    GROUP_BY(true),
    /** A window table-valued function: {@code TABLE(TUMBLE|HOP|CUMULATE|SESSION(...))}. */
    WINDOW_TVF(true),
    /** An {@code OVER} window, including the {@code ROW_NUMBER()} dedup and top-N patterns. */
    OVER(true),
    /** {@code MATCH_RECOGNIZE}. */
    MATCH_RECOGNIZE(true),
    /** {@code SELECT DISTINCT}: Flink keeps every distinct row seen. */
    DISTINCT(false),
    /** An aggregate function without {@code GROUP BY} (a global aggregation). */
    AGGREGATE(false),
    /** {@code UNION} (without ALL), {@code INTERSECT}, {@code EXCEPT}: they deduplicate. */
    SET_OPERATION(false),
    /**
     * A subquery inside an expression ({@code IN}, {@code EXISTS}, a scalar subquery): Flink runs
     * it as a (semi or anti) join. A derived table in FROM is not one.
     */
    SUBQUERY(false),
    /** A table argument with {@code PARTITION BY} passed to a process table function. */
    PARTITIONED_TABLE_FUNCTION(false);

    private final boolean detectedByShiftLeft;

    StateSignal(boolean detectedByShiftLeft) {
        this.detectedByShiftLeft = detectedByShiftLeft;
    }

    /** Whether shift_left's {@code extract_upgrade_mode} also makes a statement stateful for it. */
    public boolean detectedByShiftLeft() {
        return detectedByShiftLeft;
    }
}
