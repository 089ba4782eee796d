package io.shiftleft.monitor.alerting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Prometheus series {@code shiftleft_monitor_alerts}: how many alerts are pending and firing,
 * by rule, severity and state (labels bounded by the number of rules, never by statements; a rule
 * with no active alert shows zeros).
 */
@Component
class AlertMeters {

    private final AlertInstances alerts;
    private final AlertRules rules;
    private final MultiGauge gauge;

    AlertMeters(AlertInstances alerts, AlertRules rules, MeterRegistry registry) {
        this.alerts = alerts;
        this.rules = rules;
        this.gauge =
                MultiGauge.builder("shiftleft.monitor.alerts")
                        .description("Active alerts by rule, severity and state")
                        .register(registry);
    }

    @EventListener
    void evaluated(AlertsEvaluated evaluated) {
        refresh();
    }

    synchronized void refresh() {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (AlertRule r : rules.current()) {
            for (AlertState s : List.of(AlertState.PENDING, AlertState.FIRING)) {
                counts.put(key(r.name(), r.severity().name(), s), 0);
            }
        }
        for (AlertInstance a : alerts.all()) {
            if (a.active()) {
                counts.merge(key(a.key().rule(), a.severity().name(), a.state()), 1, Integer::sum);
            }
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach(
                (k, n) ->
                        rows.add(
                                MultiGauge.Row.of(
                                        Tags.of(
                                                "rule",
                                                k.get(0),
                                                "severity",
                                                k.get(1),
                                                "state",
                                                k.get(2)),
                                        n)));
        gauge.register(rows, true);
    }

    private static List<String> key(String rule, String severity, AlertState state) {
        return List.of(rule, severity, state.name().toLowerCase(Locale.ROOT));
    }
}
