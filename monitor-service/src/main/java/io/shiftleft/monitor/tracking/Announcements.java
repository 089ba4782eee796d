package io.shiftleft.monitor.tracking;

/**
 * Where a change's messages go: the latest state of a statement to {@code statement-status}
 * (compacted, keyed by statement name) and each event to {@code pipeline-events} (keyed by table).
 * Both must be called inside the transaction that writes the change (an outbox).
 */
public interface Announcements {

    /** The latest state of a statement, with its latest metrics (null when none were sampled). */
    void status(TrackedStatement statement, Gauges gauges);

    /** One event. */
    void event(MonitorEvent event);
}
