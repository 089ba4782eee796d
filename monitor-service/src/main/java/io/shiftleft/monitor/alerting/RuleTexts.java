package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Severity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a rule says about its alerts' events: the severity, the labels (names that cannot
 * clash with the alert's own attributes) and the summary and description templates.
 */
final class RuleTexts {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Set<String> RESERVED = Set.of("value", "threshold", "resolve_below");

    private RuleTexts() {}

    static Severity severity(RuleReader r, RuleTree.Mapping m, String path) {
        String text = r.text(m, path, "severity", false);
        if (text == null) {
            return Severity.WARNING;
        }
        try {
            return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            r.problem(
                    m.entries().get("severity"),
                    RuleReader.field(path, "severity"),
                    "'"
                            + text
                            + "' is not a severity; one of "
                            + Arrays.toString(Severity.values()));
            return Severity.WARNING;
        }
    }

    static Map<String, String> labels(RuleReader r, RuleTree.Mapping m, String path) {
        RuleTree v = m.entries().get("labels");
        Map<String, String> labels = new LinkedHashMap<>();
        if (v == null || RuleReader.isNull(v)) {
            return labels;
        }
        if (!(v instanceof RuleTree.Mapping l)) {
            r.problem(
                    v,
                    RuleReader.field(path, "labels"),
                    "must be a mapping of names to texts, was " + v.kind());
            return labels;
        }
        l.entries()
                .forEach(
                        (key, value) -> {
                            String f = RuleReader.field(path, "labels." + key);
                            if (!LABEL.matcher(key).matches()) {
                                r.problem(
                                        value,
                                        f,
                                        "'"
                                                + key
                                                + "' is not a label name: a letter or '_', then"
                                                + " letters, digits or '_'");
                            } else if (key.startsWith("alert_") || RESERVED.contains(key)) {
                                r.problem(
                                        value,
                                        f,
                                        "'"
                                                + key
                                                + "' is reserved for the alert's own attributes"
                                                + " (alert_*, value, threshold, resolve_below)");
                            } else if (!(value instanceof RuleTree.Scalar s) || s.value() == null) {
                                r.problem(value, f, "must be a text, was " + value.kind());
                            } else {
                                labels.put(key, String.valueOf(s.value()));
                            }
                        });
        return labels;
    }

    static AlertTemplate template(
            RuleReader r, RuleTree.Mapping m, String path, String key, Map<String, String> labels) {
        String text = r.text(m, path, key, false);
        if (text == null) {
            return null;
        }
        try {
            return AlertTemplate.parse(text, labels.keySet());
        } catch (IllegalArgumentException e) {
            r.problem(m.entries().get(key), RuleReader.field(path, key), e.getMessage());
            return null;
        }
    }
}
