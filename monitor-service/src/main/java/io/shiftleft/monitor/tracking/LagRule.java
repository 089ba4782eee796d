package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * LAG_HIGH when a statement's pending records reach the high threshold, LAG_RECOVERED when a
 * lagging statement's fall to the recovered one (lower, so a lag hovering at the threshold does not
 * flap). Each is said once: the flag is part of the statement's tracked state.
 */
final class LagRule {

    private LagRule() {}

    /** The change a new pending-records value causes, if any. */
    static Optional<Change> evaluate(
            TrackedStatement before,
            long pending,
            long high,
            long recovered,
            Instant now,
            Intent intent) {
        boolean raise = !before.lagHigh() && pending >= high && before.phase().isActive();
        boolean clear = before.lagHigh() && pending <= recovered;
        if (!raise && !clear) {
            return Optional.empty();
        }
        TrackedStatement after = before.withLag(raise, now);
        MonitorEvent event =
                Events.about(
                        after,
                        before.phase(),
                        raise ? EventType.LAG_HIGH : EventType.LAG_RECOVERED,
                        raise ? Severity.WARNING : Severity.INFO,
                        (raise ? "Pending records reached " : "Pending records fell to ")
                                + pending
                                + " (threshold "
                                + (raise ? high : recovered)
                                + ")",
                        Map.of(
                                "pendingRecords",
                                Long.toString(pending),
                                "threshold",
                                Long.toString(raise ? high : recovered)),
                        intent);
        return Optional.of(new Change(Optional.of(before), after, Optional.of(event)));
    }
}
