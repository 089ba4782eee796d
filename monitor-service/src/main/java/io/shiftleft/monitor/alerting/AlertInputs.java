package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.monitor.metrics.PoolWatch;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What rules read, from the rest of the monitor: tracking's statements with their latest gauges,
 * the pools as last observed, and the tables running deployment steps work on.
 */
@Component
class AlertInputs {

    private final TrackedStatements statements;
    private final PoolWatch pools;
    private final ActivityTracker activity;

    AlertInputs(TrackedStatements statements, PoolWatch pools, ActivityTracker activity) {
        this.statements = statements;
        this.pools = pools;
        this.activity = activity;
    }

    /** The watched environments. */
    Set<String> environments() {
        return statements.environments();
    }

    /** The environment's tracked statements (MISSING ones included) with their latest gauges. */
    Collection<AlertTarget> statements(String environment) {
        Collection<TrackedStatement> tracked = statements.statements(environment);
        List<AlertTarget> targets = new ArrayList<>(tracked.size());
        for (TrackedStatement s : tracked) {
            targets.add(AlertTarget.of(s, statements.gauges(environment, s.name()).orElse(null)));
        }
        return targets;
    }

    /** The environment's pools as last observed (none before the first metrics sweep). */
    Collection<AlertTarget> pools(String environment) {
        return pools.latest(environment).stream().map(AlertTarget::of).toList();
    }

    /** The tables a running deployment step of the environment works on. */
    Set<String> busyTables(String environment) {
        return Set.copyOf(activity.activeSteps(environment).keySet());
    }

    /** The statement as tracked now, for the phase an alert's summary may show. */
    java.util.Optional<AlertTarget> statement(String environment, String name) {
        return statements
                .statement(environment, name)
                .map(s -> AlertTarget.of(s, statements.gauges(environment, name).orElse(null)));
    }
}
