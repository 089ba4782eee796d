package io.shiftleft.monitor.tracking;

import io.shiftleft.platform.StatementMetrics;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest metrics of a statement; a value the platform does not give is null.
 *
 * @param asOf when the values were true
 * @param recordsIn records read (as the platform counts: Flink since the job started, Confluent
 *     Cloud over its ten-minute window)
 * @param recordsOut records written
 * @param pendingRecords the lag now: records the sources have not read yet
 * @param backpressure the busiest task's back-pressured time ratio, 0 to 1
 * @param cfuUsed compute units in use (Confluent Cloud)
 */
public record Gauges(
        Instant asOf,
        Long recordsIn,
        Long recordsOut,
        Long pendingRecords,
        Double backpressure,
        Double cfuUsed) {

    public Gauges {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The gauges of a platform's metrics. */
    public static Gauges of(StatementMetrics m) {
        return new Gauges(
                m.asOf(),
                m.recordsIn().isPresent() ? m.recordsIn().getAsLong() : null,
                m.recordsOut().isPresent() ? m.recordsOut().getAsLong() : null,
                m.pendingRecords().isPresent() ? m.pendingRecords().getAsLong() : null,
                m.backpressure().isPresent() ? m.backpressure().getAsDouble() : null,
                m.cfuUsed().isPresent() ? m.cfuUsed().getAsDouble() : null);
    }
}
