package io.shiftleft.monitor.alerting.adapter.in.web;

import io.shiftleft.monitor.MonitorException;
import io.shiftleft.monitor.alerting.AlertInstance;
import io.shiftleft.monitor.alerting.AlertQueries;
import io.shiftleft.monitor.alerting.AlertRule;
import io.shiftleft.monitor.alerting.AlertRules;
import io.shiftleft.monitor.alerting.InvalidRuleException;
import io.shiftleft.monitor.alerting.RuleProblem;
import io.shiftleft.monitor.alerting.RuleReader;
import io.shiftleft.monitor.alerting.RuleTree;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of rules and alerts (snake_case), and rules read from request bodies. */
final class AlertJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertJson() {}

    /**
     * The rule of a request body, checked.
     *
     * @throws MonitorException INVALID_REQUEST naming the (first) field that is wrong
     */
    static AlertRule rule(String body) {
        return rule(body, null);
    }

    /**
     * The rule of a request body for the rule of that name (a body without a name is taken as
     * naming it), checked.
     *
     * @throws MonitorException INVALID_REQUEST naming the (first) field that is wrong
     */
    @SuppressWarnings("unchecked")
    static AlertRule rule(String body, String name) {
        if (body == null || body.isBlank()) {
            throw new MonitorException(
                    MonitorException.Reason.INVALID_REQUEST,
                    "The request body is empty; expected an alert rule (a JSON object)");
        }
        Object parsed;
        try {
            parsed = JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null
                            ? ""
                            : " (line "
                                    + e.getLocation().getLineNr()
                                    + ", column "
                                    + e.getLocation().getColumnNr()
                                    + ")";
            throw new MonitorException(
                    MonitorException.Reason.INVALID_REQUEST,
                    "The request body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (name != null && parsed instanceof Map<?, ?> map && !map.containsKey("name")) {
            ((Map<String, Object>) map).put("name", name);
        }
        try {
            return RuleReader.api(RuleTree.of(parsed));
        } catch (InvalidRuleException e) {
            RuleProblem first = e.problems().get(0);
            throw new MonitorException(
                    MonitorException.Reason.INVALID_REQUEST,
                    first.field().isEmpty() ? null : first.field(),
                    "Invalid alert rule: " + e.getMessage());
        }
    }

    static Map<String, Object> rule(AlertRules.Entry e) {
        Map<String, Object> json = new LinkedHashMap<>(e.rule().document());
        boolean file = e.rule().source() == AlertRule.RuleSource.FILE;
        json.put("source", e.rule().source().name().toLowerCase(Locale.ROOT));
        json.put("read_only", file);
        json.put("created_at", text(e.createdAt()));
        json.put("updated_at", text(e.updatedAt()));
        return json;
    }

    static Map<String, Object> alert(AlertQueries.ActiveAlert active) {
        AlertInstance a = active.alert();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fingerprint", a.fingerprint());
        json.put("rule", a.key().rule());
        json.put("state", a.state().name().toLowerCase(Locale.ROOT));
        json.put("severity", a.severity().name());
        json.put("environment", a.environment());
        json.put("statement_name", a.statementName());
        json.put("table_name", a.tableName());
        json.put("product_name", a.productName());
        json.put("compute_pool_id", a.poolId());
        json.put("since", text(a.activeSince()));
        json.put("fired_at", text(a.firedAt()));
        json.put("clear_since", text(a.clearSince()));
        json.put("value", a.value());
        json.put("threshold", a.threshold());
        json.put("summary", active.summary());
        json.put("labels", a.labels());
        json.put("updated_at", text(a.updatedAt()));
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
