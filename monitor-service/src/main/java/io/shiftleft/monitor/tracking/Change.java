package io.shiftleft.monitor.tracking;

import java.util.Objects;
import java.util.Optional;

/**
 * One change of a tracked statement: its state before (empty at first sight) and after, and the one
 * event it causes, if it is meaningful (a phase change, a lag threshold crossed). A change without
 * an event (a new job id, a changed SQL hash, a first sight while the environment's baseline is
 * taken) still updates {@code statement-status}.
 *
 * @param before the state before
 * @param after the state after
 * @param event the event, if any
 */
public record Change(
        Optional<TrackedStatement> before, TrackedStatement after, Optional<MonitorEvent> event) {

    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(event, "event");
    }
}
