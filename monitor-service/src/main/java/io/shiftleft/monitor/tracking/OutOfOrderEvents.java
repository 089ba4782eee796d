package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.Map;

/** The OUT_OF_ORDER event of a new pair, about the child (it is the one to restart). */
final class OutOfOrderEvents {

    private OutOfOrderEvents() {}

    static MonitorEvent of(
            String environment,
            OutOfOrderPair pair,
            Map<String, TrackedStatement> statements,
            Instant now) {
        TrackedStatement child = statements.get(pair.childStatement());
        TrackedStatement parent = statements.get(pair.parentStatement());
        return new MonitorEvent(
                Events.id(
                        environment,
                        pair.parentStatement(),
                        pair.childStatement(),
                        "OUT_OF_ORDER",
                        String.valueOf(child.createdAt()),
                        String.valueOf(parent.createdAt())),
                now,
                EventType.OUT_OF_ORDER,
                Severity.WARNING,
                environment,
                pair.childTable(),
                child.productName(),
                child.name(),
                child.computePoolId(),
                null,
                child.phase(),
                "Statement "
                        + child.name()
                        + " (created "
                        + child.createdAt()
                        + ") started before its running parent "
                        + parent.name()
                        + " (created "
                        + parent.createdAt()
                        + ")",
                Map.of(
                        "parentTable", pair.parentTable(),
                        "parentStatement", pair.parentStatement(),
                        "parentCreatedAt", String.valueOf(parent.createdAt()),
                        "childCreatedAt", String.valueOf(child.createdAt())),
                null,
                null);
    }
}
