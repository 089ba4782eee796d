package io.shiftleft.monitor.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * A deployment step that started and has not ended: its table's statements are being worked on.
 *
 * @param tableName the step's table
 * @param planId its plan
 * @param requestId the plan's request
 * @param startedAt when the step started
 */
public record ActiveStep(String tableName, String planId, String requestId, Instant startedAt) {

    public ActiveStep {
        Objects.requireNonNull(tableName, "tableName");
    }
}
