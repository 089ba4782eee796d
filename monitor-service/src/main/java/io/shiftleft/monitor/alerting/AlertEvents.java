package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.EventType;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.Phase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The ALERT_FIRING and ALERT_RESOLVED events of an alert. Their id is derived from the alert's
 * fingerprint, the type and when this occurrence began, so the same firing (or resolving) always
 * has the same id, whichever monitor announces it and however often it is delivered.
 */
final class AlertEvents {

    private AlertEvents() {}

    /**
     * The event of the alert in its new state.
     *
     * @param rule the rule (null: it was removed; the alert's own severity and labels are used)
     * @param target what the alert is about as last read (null: not known any more)
     */
    static MonitorEvent of(
            EventType type, AlertInstance a, AlertRule rule, AlertTarget target, Instant now) {
        Map<String, String> values = values(a, rule, target);
        String summary =
                rule == null
                        ? "Alert rule " + a.key().rule() + " was removed"
                        : rule.summaryTemplate().render(values);
        Map<String, String> attributes = new LinkedHashMap<>(a.labels());
        attributes.put("alert_rule", a.key().rule());
        attributes.put("alert_fingerprint", a.fingerprint());
        attributes.put("alert_state", a.state().name().toLowerCase(Locale.ROOT));
        attributes.put("alert_since", a.activeSince().toString());
        attributes.put("value", a.value() == null ? "" : a.value());
        attributes.put("threshold", a.threshold() == null ? "" : a.threshold());
        if (rule != null && rule.description() != null) {
            attributes.put("alert_description", rule.description().render(values));
        }
        Phase phase = target == null ? null : target.phase();
        return new MonitorEvent(
                id(a.fingerprint(), type, a.activeSince()),
                now,
                type,
                a.severity(),
                a.environment(),
                a.tableName(),
                a.productName(),
                a.statementName(),
                a.poolId(),
                null,
                phase,
                type == EventType.ALERT_RESOLVED ? "Resolved: " + summary : summary,
                attributes,
                null,
                null);
    }

    /** The values a rule's templates can use, for the alert as it is. */
    static Map<String, String> values(AlertInstance a, AlertRule rule, AlertTarget target) {
        Map<String, String> v = new HashMap<>();
        v.put("rule", a.key().rule());
        v.put("environment", a.environment());
        v.put("statement", a.statementName());
        v.put("table", a.tableName());
        v.put("product", a.productName());
        v.put("pool", a.poolId());
        v.put("phase", target == null || target.phase() == null ? null : target.phase().name());
        v.put("value", a.value());
        v.put("threshold", a.threshold());
        v.put("severity", a.severity().name());
        if (rule != null) {
            v.put("for", Durations.format(rule.forDuration()));
        }
        a.labels().forEach((k, value) -> v.put("labels." + k, value));
        return v;
    }

    /** The name-based id of an alert's event. */
    static UUID id(String fingerprint, EventType type, Instant activeSince) {
        return UUID.nameUUIDFromBytes(
                ("alert\n" + fingerprint + "\n" + type.name() + "\n" + activeSince)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
