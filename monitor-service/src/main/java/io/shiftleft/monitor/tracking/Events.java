package io.shiftleft.monitor.tracking;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Builds the monitor's events, with ids derived from what they are about. */
final class Events {

    private Events() {}

    /** The event about a statement's new state (its id: environment, name, version, type). */
    static MonitorEvent about(
            TrackedStatement after,
            Phase previous,
            EventType type,
            Severity severity,
            String detail,
            Map<String, String> attributes,
            Intent intent) {
        return new MonitorEvent(
                id(after.environment(), after.name(), Long.toString(after.version()), type.name()),
                after.changedAt(),
                type,
                severity,
                after.environment(),
                after.tableName(),
                after.productName(),
                after.name(),
                after.computePoolId(),
                previous,
                after.phase(),
                detail,
                attributes,
                intent.planId(),
                intent.requestId());
    }

    /** A name-based UUID of the parts, so the same fact always gets the same id. */
    static UUID id(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
