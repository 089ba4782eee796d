package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.MonitorException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads the alerts for the API: the active ones (pending and firing), with their summaries. */
@Service
public class AlertQueries {

    /**
     * An alert as the API shows it.
     *
     * @param alert the alert
     * @param summary its rule's summary, rendered now (empty when the rule is gone)
     */
    public record ActiveAlert(AlertInstance alert, String summary) {}

    private final AlertInstances alerts;
    private final AlertRules rules;
    private final AlertInputs inputs;

    AlertQueries(AlertInstances alerts, AlertRules rules, AlertInputs inputs) {
        this.alerts = alerts;
        this.rules = rules;
        this.inputs = inputs;
    }

    /**
     * The pending and firing alerts, optionally of one environment, rule and state: firing first,
     * then by severity (highest first), then oldest first.
     *
     * @throws MonitorException UNKNOWN_ENVIRONMENT for an environment not watched
     */
    public List<ActiveAlert> active(String environment, String rule, AlertState state) {
        if (environment != null && !inputs.environments().contains(environment)) {
            throw new MonitorException(
                    MonitorException.Reason.UNKNOWN_ENVIRONMENT,
                    "environment",
                    "Environment '"
                            + environment
                            + "' is not watched; watched: "
                            + inputs.environments()
                            + " (monitor.environments)");
        }
        Map<String, AlertRule> byName = new HashMap<>();
        rules.current().forEach(r -> byName.put(r.name(), r));
        List<ActiveAlert> out = new ArrayList<>();
        for (String env : inputs.environments()) {
            if (environment != null && !environment.equals(env)) {
                continue;
            }
            for (AlertInstance a : alerts.of(env).values()) {
                if (!a.active()
                        || rule != null && !rule.equals(a.key().rule())
                        || state != null && state != a.state()) {
                    continue;
                }
                AlertRule r = byName.get(a.key().rule());
                AlertTarget target =
                        a.statementName() == null
                                ? null
                                : inputs.statement(env, a.statementName()).orElse(null);
                String summary =
                        r == null
                                ? ""
                                : r.summaryTemplate().render(AlertEvents.values(a, r, target));
                out.add(new ActiveAlert(a, summary));
            }
        }
        out.sort(
                Comparator.comparing((ActiveAlert x) -> x.alert().state() != AlertState.FIRING)
                        .thenComparing(x -> -x.alert().severity().ordinal())
                        .thenComparing(x -> x.alert().activeSince())
                        .thenComparing(x -> x.alert().fingerprint()));
        return out;
    }
}
