package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Test data for alerting: rules and targets. */
final class Rules {

    static final String ENV = "dev";
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private Rules() {}

    /** A rule on every statement of every environment. */
    static AlertRule rule(
            String name, AlertCondition condition, Duration forDuration, Duration keepFiringFor) {
        return new AlertRule(
                name,
                AlertRule.RuleSource.API,
                NamePattern.any(),
                NamePattern.any(),
                NamePattern.any(),
                NamePattern.any(),
                NamePattern.any(),
                condition,
                forDuration,
                keepFiringFor,
                Severity.ERROR,
                Map.of("team", "data"),
                null,
                null);
    }

    static AlertCondition failed() {
        return new AlertCondition.PhaseIn(Set.of(Phase.FAILED));
    }

    /** A statement of table {@code t-<name>}, product shop, pool lfcp-1, in the phase since T0. */
    static AlertTarget statement(String name, Phase phase, Long pending) {
        return statement(name, phase, T0, pending);
    }

    static AlertTarget statement(String name, Phase phase, Instant since, Long pending) {
        return new AlertTarget(
                AlertTarget.Kind.STATEMENT,
                name,
                "t-" + name,
                "shop",
                "lfcp-1",
                phase,
                since,
                pending,
                null);
    }

    static AlertTarget pool(String id, double usage) {
        return new AlertTarget(AlertTarget.Kind.POOL, id, null, null, id, null, null, null, usage);
    }
}
