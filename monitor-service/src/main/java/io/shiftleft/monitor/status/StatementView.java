package io.shiftleft.monitor.status;

import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;
import java.time.Instant;

/**
 * A tracked statement as the API shows it.
 *
 * @param statement its last known state
 * @param observedAt when it was last seen so (its environment's last listing)
 * @param gauges its latest metrics, or null when none were sampled since the monitor started
 */
public record StatementView(TrackedStatement statement, Instant observedAt, Gauges gauges) {

    public String name() {
        return statement.name();
    }

    public Phase phase() {
        return statement.phase();
    }
}
