package io.shiftleft.platform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a statement's results.
 *
 * @param columns the column names
 * @param rows the rows of this page, with their change kind
 * @param nextToken what to pass to {@link FlinkPlatform#fetchResults} for the next page; empty at
 *     the end of a bounded result
 */
public record ResultPage(List<String> columns, List<Row> rows, Optional<String> nextToken) {

    public ResultPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(nextToken, "nextToken");
    }

    /** How a row changes the result. */
    public enum ChangeKind {
        INSERT,
        UPDATE_BEFORE,
        UPDATE_AFTER,
        DELETE
    }

    /** One row; values as the platform's JSON gave them (strings, numbers, booleans, nulls). */
    public record Row(ChangeKind kind, List<Object> values) {

        public Row {
            Objects.requireNonNull(kind, "kind");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
