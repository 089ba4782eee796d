package io.shiftleft.monitor.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation of every rule on one environment: each rule that applies reads each statement (or
 * pool) it matches, and what it reads moves that alert along its {@link AlertLifecycle}. Alerts
 * whose rule is gone resolve; alerts whose statement no longer matches (or is gone) read as clear;
 * alerts of a pool not observed now stay as they are. Pure: the caller gives the state and writes
 * the transitions.
 */
public final class AlertEvaluation {

    /**
     * What an evaluation looks at.
     *
     * @param environment the environment
     * @param rules every rule
     * @param statements the environment's tracked statements
     * @param pools its compute pools as last observed
     * @param busyTables tables a running deployment step works on
     * @param current the environment's alerts as they are
     * @param now the time of the evaluation
     */
    public record Input(
            String environment,
            List<AlertRule> rules,
            Collection<AlertTarget> statements,
            Collection<AlertTarget> pools,
            Set<String> busyTables,
            Map<InstanceKey, AlertInstance> current,
            Instant now) {}

    private AlertEvaluation() {}

    /** What the evaluation changes, in rule order, alerts of rules gone last. */
    public static List<AlertTransition> evaluate(Input in) {
        List<AlertTransition> out = new ArrayList<>();
        Set<InstanceKey> visited = new HashSet<>();
        Map<String, AlertRule> byName = new HashMap<>();
        for (AlertRule rule : in.rules()) {
            byName.put(rule.name(), rule);
            if (!rule.appliesTo(in.environment())) {
                continue;
            }
            boolean pools = rule.condition().about() == AlertTarget.Kind.POOL;
            for (AlertTarget t : pools ? in.pools() : in.statements()) {
                if (!rule.matches(t)) {
                    continue;
                }
                InstanceKey key = new InstanceKey(rule.name(), t.kind(), t.name());
                visited.add(key);
                boolean suppressed =
                        !pools && t.tableName() != null && in.busyTables().contains(t.tableName());
                AlertLifecycle.next(
                                in.environment(),
                                key,
                                in.current().get(key),
                                rule,
                                t,
                                rule.condition().read(t, in.now()),
                                suppressed,
                                in.now())
                        .ifPresent(out::add);
            }
        }
        Set<String> observedPools = new HashSet<>();
        in.pools().forEach(p -> observedPools.add(p.name()));
        for (AlertInstance a : in.current().values()) {
            if (!a.active() || visited.contains(a.key())) {
                continue;
            }
            AlertRule rule = byName.get(a.key().rule());
            if (rule == null) {
                AlertLifecycle.ruleGone(a, in.now()).ifPresent(out::add);
                continue;
            }
            boolean unobservedPool =
                    a.key().kind() == AlertTarget.Kind.POOL
                            && rule.condition().about() == AlertTarget.Kind.POOL
                            && rule.appliesTo(in.environment())
                            && !observedPools.contains(a.key().target());
            if (unobservedPool) {
                continue;
            }
            // no longer matched, or gone: the condition is clear for it
            AlertLifecycle.next(
                            in.environment(),
                            a.key(),
                            a,
                            rule,
                            null,
                            Reading.clear(a.value()),
                            false,
                            in.now())
                    .ifPresent(out::add);
        }
        return out;
    }
}
