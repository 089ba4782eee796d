package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which events are alerts for people, and which alert each one fires or resolves. The monitor's
 * alert rules (ALERT_FIRING, ALERT_RESOLVED) carry their own fingerprint and labels; statement
 * health (FAILED, DEGRADED, MISSING resolved by RECOVERED) and lag (LAG_HIGH resolved by
 * LAG_RECOVERED) pair up per statement; a failed deployment (DEPLOYMENT_FAILED, STEP_FAILED,
 * REQUEST_REJECTED) fires per plan and DEPLOYMENT_SUCCEEDED of the same plan resolves it; other
 * pipeline events are one-shot alerts. The remaining deployment events and the notifier's own are
 * notices: sent as they come, not grouped or silenced.
 */
public final class AlertSignals {

    private AlertSignals() {}

    /** The alert the event fires or resolves, or empty for a notice. */
    public static Optional<AlertSignal> of(NotifierEvent e) {
        if (e.source() == EventSource.DEPLOYMENT) {
            return deployment(e);
        }
        if (e.source() != EventSource.PIPELINE) {
            return Optional.empty();
        }
        String subject = e.statementName() != null ? e.statementName() : e.tableName();
        return Optional.of(
                switch (e.type()) {
                    case "ALERT_FIRING", "ALERT_RESOLVED" -> rule(e, subject);
                    case "STATEMENT_FAILED", "STATEMENT_DEGRADED", "STATEMENT_MISSING" ->
                            pair(e, "statement_unhealthy", subject, AlertState.FIRING);
                    case "STATEMENT_RECOVERED" ->
                            pair(e, "statement_unhealthy", subject, AlertState.RESOLVED);
                    case "LAG_HIGH" -> pair(e, "lag_high", subject, AlertState.FIRING);
                    case "LAG_RECOVERED" -> pair(e, "lag_high", subject, AlertState.RESOLVED);
                    default -> oneShot(e);
                });
    }

    private static AlertSignal rule(NotifierEvent e, String subject) {
        String rule = e.attribute("alert_rule") != null ? e.attribute("alert_rule") : "alert";
        String fingerprint =
                e.attribute("alert_fingerprint") != null
                        ? e.attribute("alert_fingerprint")
                        : rule + "/" + e.environment() + "/" + subject;
        AlertState state =
                e.type().equals("ALERT_FIRING") ? AlertState.FIRING : AlertState.RESOLVED;
        Map<String, String> labels = labels(e, rule);
        e.attributes()
                .forEach(
                        (k, v) -> {
                            if (!k.equals("alert_fingerprint") && !k.equals("alert_rule")) {
                                labels.putIfAbsent(k, v);
                            }
                        });
        return new AlertSignal(
                rule, fingerprint, state, false, e.severity(), labels, summary(e, rule));
    }

    private static AlertSignal pair(
            NotifierEvent e, String name, String subject, AlertState state) {
        return new AlertSignal(
                name,
                name + "/" + e.environment() + "/" + subject,
                state,
                false,
                e.severity(),
                labels(e, name),
                summary(e, name));
    }

    private static AlertSignal oneShot(NotifierEvent e) {
        String name = e.type().toLowerCase(java.util.Locale.ROOT);
        return new AlertSignal(
                name,
                name + "/" + e.eventId(),
                AlertState.FIRING,
                true,
                e.severity(),
                labels(e, name),
                summary(e, name));
    }

    private static Optional<AlertSignal> deployment(NotifierEvent e) {
        AlertState state;
        switch (e.type()) {
            case "DEPLOYMENT_FAILED", "STEP_FAILED", "REQUEST_REJECTED" ->
                    state = AlertState.FIRING;
            case "DEPLOYMENT_SUCCEEDED" -> state = AlertState.RESOLVED;
            default -> {
                return Optional.empty();
            }
        }
        String plan = e.planId() != null ? e.planId() : e.requestId();
        Map<String, String> labels = labels(e, "deployment_failed");
        labels.put("plan", plan == null ? "" : plan);
        return Optional.of(
                new AlertSignal(
                        "deployment_failed",
                        "deployment_failed/" + e.environment() + "/" + plan,
                        state,
                        false,
                        e.severity(),
                        labels,
                        summary(e, "deployment_failed")));
    }

    private static Map<String, String> labels(NotifierEvent e, String name) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("alertname", name);
        labels.put("environment", e.environment());
        labels.put("severity", e.severity().name().toLowerCase(java.util.Locale.ROOT));
        labels.put("source", e.source().label());
        put(labels, "table", e.tableName());
        put(labels, "product", e.productName());
        put(labels, "statement", e.statementName());
        put(labels, "compute_pool", e.computePoolId());
        return labels;
    }

    private static void put(Map<String, String> labels, String name, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(name, value);
        }
    }

    private static String summary(NotifierEvent e, String name) {
        StringBuilder s = new StringBuilder(e.type());
        String subject = e.statementName() != null ? e.statementName() : e.tableName();
        if (subject != null) {
            s.append(" ").append(subject);
        }
        s.append(" in ").append(e.environment());
        if (e.detail() != null && !e.detail().isBlank()) {
            s.append(": ").append(e.detail());
        }
        return s.length() > 500 ? s.substring(0, 497) + "..." : s.toString();
    }
}
