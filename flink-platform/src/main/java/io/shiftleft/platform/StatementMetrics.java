package io.shiftleft.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Metrics of one statement, each empty when the platform does not have it.
 *
 * @param name the statement's name
 * @param asOf when the values were true (Confluent's metrics lag by minutes)
 * @param recordsIn records read so far (or in the window, as the platform counts)
 * @param recordsOut records written
 * @param pendingRecords records the sources have not read yet: the lag, a current value, never a
 *     sum over time
 * @param backpressure the busiest task's back-pressured time ratio, 0 to 1
 * @param cfuUsed compute units in use (Confluent Cloud only)
 */
public record StatementMetrics(
        String name,
        Instant asOf,
        OptionalLong recordsIn,
        OptionalLong recordsOut,
        OptionalLong pendingRecords,
        OptionalDouble backpressure,
        OptionalDouble cfuUsed) {

    public StatementMetrics {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(recordsIn, "recordsIn");
        Objects.requireNonNull(recordsOut, "recordsOut");
        Objects.requireNonNull(pendingRecords, "pendingRecords");
        Objects.requireNonNull(backpressure, "backpressure");
        Objects.requireNonNull(cfuUsed, "cfuUsed");
    }
}
