package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.MonitorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs evaluations of one environment one after another at a clock the test moves, keeping the
 * alerts as the store would (each transition applied) and every event announced.
 */
final class Evaluations {

    private final List<AlertRule> rules = new ArrayList<>();
    private final Map<InstanceKey, AlertInstance> alerts = new HashMap<>();
    private final List<MonitorEvent> events = new ArrayList<>();
    private Instant now = Rules.T0;

    Evaluations(AlertRule... rules) {
        this.rules.addAll(List.of(rules));
    }

    /** Moves the clock on. */
    Evaluations after(Duration d) {
        now = now.plus(d);
        return this;
    }

    Instant now() {
        return now;
    }

    /** Replaces the rules. */
    void rules(AlertRule... replaced) {
        rules.clear();
        rules.addAll(List.of(replaced));
    }

    /** One evaluation of the statements; answers the events it announced. */
    List<MonitorEvent> statements(Set<String> busyTables, AlertTarget... statements) {
        return run(List.of(statements), List.of(), busyTables);
    }

    List<MonitorEvent> statements(AlertTarget... statements) {
        return statements(Set.of(), statements);
    }

    List<MonitorEvent> pools(AlertTarget... pools) {
        return run(List.of(), List.of(pools), Set.of());
    }

    private List<MonitorEvent> run(
            Collection<AlertTarget> statements, Collection<AlertTarget> pools, Set<String> busy) {
        List<AlertTransition> transitions =
                AlertEvaluation.evaluate(
                        new AlertEvaluation.Input(
                                Rules.ENV,
                                List.copyOf(rules),
                                statements,
                                pools,
                                busy,
                                Map.copyOf(alerts),
                                now));
        for (AlertTransition t : transitions) {
            if (t.after() == null) {
                alerts.remove(t.before().key());
            } else {
                if (t.write()) {
                    long expected = t.before() == null ? 0 : t.before().version();
                    if (t.after().version() != expected + 1) {
                        throw new AssertionError("version not advanced by one: " + t);
                    }
                }
                alerts.put(t.after().key(), t.after());
            }
        }
        List<MonitorEvent> announced =
                transitions.stream().map(AlertTransition::event).filter(Objects::nonNull).toList();
        events.addAll(announced);
        return announced;
    }

    /** The alert of the rule on the statement or pool, if it has a record. */
    AlertInstance alert(String rule, AlertTarget.Kind kind, String target) {
        return alerts.get(new InstanceKey(rule, kind, target));
    }

    AlertState state(String rule, String statement) {
        AlertInstance a = alert(rule, AlertTarget.Kind.STATEMENT, statement);
        return a == null ? null : a.state();
    }

    /** Every event announced so far. */
    List<MonitorEvent> events() {
        return List.copyOf(events);
    }
}
