package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Severity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alert rule: which statements (or pools) it looks at, the condition, how long the condition
 * must hold before the alert fires ({@code for}), how long a firing alert stays firing after the
 * condition cleared ({@code keep_firing_for}), its severity, labels and texts.
 *
 * @param name the rule's name, unique among all rules
 * @param source where the rule comes from (the file's rules are read-only through the API)
 * @param environment which environments (wildcards {@code *} and {@code ?}; absent: all)
 * @param product which products (of statements)
 * @param table which tables (of statements)
 * @param statement which statements
 * @param pool which compute pools (a pool rule's pools, or the pool a statement runs on)
 * @param condition what fires the alert
 * @param forDuration how long the condition must hold before the alert fires (0: at once)
 * @param keepFiringFor how long the condition must stay clear before a firing alert resolves
 * @param severity the severity of its events
 * @param labels labels copied into its events' attributes
 * @param summary the event's detail (null: the condition's default)
 * @param description a longer text, in the attribute {@code alert_description} (null: none)
 */
public record AlertRule(
        String name,
        RuleSource source,
        NamePattern environment,
        NamePattern product,
        NamePattern table,
        NamePattern statement,
        NamePattern pool,
        AlertCondition condition,
        Duration forDuration,
        Duration keepFiringFor,
        Severity severity,
        Map<String, String> labels,
        AlertTemplate summary,
        AlertTemplate description) {

    /** Where a rule comes from. */
    public enum RuleSource {
        /** The rules file ({@code monitor.alerts.rules-file}): read-only through the API. */
        FILE,
        /** The REST API: kept in PostgreSQL. */
        API
    }

    public AlertRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(forDuration, "forDuration");
        Objects.requireNonNull(keepFiringFor, "keepFiringFor");
        Objects.requireNonNull(severity, "severity");
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** Whether the rule looks at the environment. */
    public boolean appliesTo(String env) {
        return environment.matches(env);
    }

    /** Whether the rule looks at the target (a statement, or a pool). */
    public boolean matches(AlertTarget t) {
        if (t.kind() != condition.about()) {
            return false;
        }
        if (t.kind() == AlertTarget.Kind.POOL) {
            return pool.matches(t.name());
        }
        return statement.matches(t.name())
                && table.matches(t.tableName())
                && product.matches(t.productName())
                && pool.matches(t.poolId());
    }

    /** The summary template: the rule's, or the condition's default. */
    public AlertTemplate summaryTemplate() {
        return summary != null
                ? summary
                : AlertTemplate.parse(condition.defaultSummary(), labels.keySet());
    }

    /** The rule as the file and the API write it (keys in snake_case, defaults included). */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", name);
        put(doc, "environment", environment);
        put(doc, "product", product);
        put(doc, "table", table);
        put(doc, "statement", statement);
        put(doc, "pool", pool);
        doc.put("condition", condition.document());
        doc.put("for", Durations.format(forDuration));
        doc.put("keep_firing_for", Durations.format(keepFiringFor));
        doc.put("severity", severity.name());
        doc.put("labels", labels);
        if (summary != null) {
            doc.put("summary", summary.text());
        }
        if (description != null) {
            doc.put("description", description.text());
        }
        return doc;
    }

    private static void put(Map<String, Object> doc, String key, NamePattern p) {
        if (p.present()) {
            doc.put(key, p.text());
        }
    }
}
