package io.shiftleft.pipeline.generate;

/** The form of a generated table's DML: which Flink SQL constructs it uses. */
public enum SqlShape {
    /** One parent: projection with CASE, COALESCE, CAST and string literals; stateless. */
    PROJECTION(1),
    /**
     * One parent: {@code ROW_NUMBER() OVER (PARTITION BY …)} deduplication into an upsert table.
     */
    DEDUP(1),
    /** One parent: two chained CTEs that filter and compute; stateless. */
    CTE_FILTER(1),
    /** One parent: {@code GROUP BY} aggregation into an upsert table. */
    AGGREGATE(1),
    /** One parent: a window TVF ({@code TUMBLE}, {@code HOP} or {@code CUMULATE}) aggregation. */
    WINDOW(1),
    /** Two parents: a regular {@code JOIN}. */
    JOIN(2),
    /** Two parents: a {@code LEFT JOIN}. */
    LEFT_JOIN(2),
    /** Two parents: {@code UNION ALL} in a CTE, then {@code GROUP BY}. */
    UNION_AGGREGATE(2),
    /** Two parents: a join, then {@code GROUP BY}. */
    JOIN_AGGREGATE(2),
    /** Two parents: a stream and a dimension, temporal join {@code FOR SYSTEM_TIME AS OF}. */
    TEMPORAL_JOIN(2),
    /** Three parents: CTEs, a {@code JOIN} and a {@code LEFT JOIN}. */
    CTE_JOINS(3),
    /**
     * Three parents: two streams joined in a CTE, then a temporal join on a dimension (the last
     * parent).
     */
    CTE_TEMPORAL_JOIN(3);

    private final int parents;

    SqlShape(int parents) {
        this.parents = parents;
    }

    /** How many tables the DML reads. */
    public int parents() {
        return parents;
    }

    /** Whether the last parent is a dimension read with a temporal join. */
    public boolean temporal() {
        return this == TEMPORAL_JOIN || this == CTE_TEMPORAL_JOIN;
    }

    /** Whether the table keeps state, so its DDL is an upsert table with a primary key. */
    public boolean stateful() {
        return this != PROJECTION && this != CTE_FILTER;
    }
}
