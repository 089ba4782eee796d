package io.shiftleft.monitor.tracking;

import java.util.Map;

/**
 * The one event a phase change means: FAILED, DEGRADED (entering an unhealthy phase), RECOVERED
 * (running again after one), an unplanned stop (WARNING), UNKNOWN (WARNING), any other change
 * (INFO). See docs/monitor.md, "Tracking".
 */
final class PhaseEvents {

    private PhaseEvents() {}

    /** The one event of a phase change (or of a first sight, previous null). */
    static MonitorEvent of(Phase previous, TrackedStatement after, Intent intent) {
        Phase phase = after.phase();
        boolean wasUnhealthy = previous != null && previous.isUnhealthy();
        if (phase == Phase.FAILED) {
            return Events.about(
                    after,
                    previous,
                    EventType.STATEMENT_FAILED,
                    Severity.ERROR,
                    after.detail(),
                    Map.of(),
                    intent);
        }
        if ((phase == Phase.DEGRADED || phase == Phase.FAILING) && !wasUnhealthy) {
            return Events.about(
                    after,
                    previous,
                    EventType.STATEMENT_DEGRADED,
                    Severity.WARNING,
                    after.detail(),
                    Map.of(),
                    intent);
        }
        if (phase == Phase.RUNNING && wasUnhealthy) {
            return Events.about(
                    after,
                    previous,
                    EventType.STATEMENT_RECOVERED,
                    Severity.INFO,
                    after.detail(),
                    Map.of(),
                    intent);
        }
        boolean ended = phase == Phase.STOPPED || phase == Phase.COMPLETED;
        if (ended && previous == Phase.RUNNING && !intent.stopping() && !intent.deploying()) {
            String why = "The statement stopped without a stop from shift-left";
            return Events.about(
                    after,
                    previous,
                    EventType.STATEMENT_PHASE_CHANGED,
                    Severity.WARNING,
                    after.detail().isBlank() ? why : after.detail() + " (" + why + ")",
                    Map.of("unplanned", "true"),
                    intent);
        }
        Severity severity = phase == Phase.UNKNOWN ? Severity.WARNING : Severity.INFO;
        return Events.about(
                after,
                previous,
                EventType.STATEMENT_PHASE_CHANGED,
                severity,
                after.detail(),
                Map.of(),
                intent);
    }
}
