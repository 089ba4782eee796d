package io.shiftleft.monitor.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary or description with placeholders: {@code {{statement}}}, {@code {{table}}}, {@code
 * {{product}}}, {@code {{pool}}}, {@code {{environment}}}, {@code {{phase}}}, {@code {{value}}},
 * {@code {{threshold}}}, {@code {{rule}}}, {@code {{severity}}}, {@code {{for}}} and {@code
 * {{labels.<key>}}} for a label of the rule. A value that is not known renders empty.
 */
public final class AlertTemplate {

    /** The placeholders every rule may use. */
    static final Set<String> NAMES =
            Set.of(
                    "statement",
                    "table",
                    "product",
                    "pool",
                    "environment",
                    "phase",
                    "value",
                    "threshold",
                    "rule",
                    "severity",
                    "for");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final String text;

    private AlertTemplate(String text) {
        this.text = text;
    }

    /**
     * The template of the text, checked against the placeholders known for a rule with these
     * labels.
     *
     * @throws IllegalArgumentException naming the first unknown or unclosed placeholder
     */
    static AlertTemplate parse(String text, Set<String> labels) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> unknown = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start());
            last = m.end();
            String name = m.group(1);
            boolean label = name.startsWith("labels.") && labels.contains(name.substring(7));
            if (!NAMES.contains(name) && !label) {
                unknown.add(name);
            }
        }
        rest.append(text.substring(last));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown placeholder {{"
                            + unknown.get(0)
                            + "}}; known: "
                            + NAMES.stream().sorted().toList()
                            + " and labels.<key> of the rule's labels");
        }
        if (rest.indexOf("{{") >= 0 || rest.indexOf("}}") >= 0) {
            throw new IllegalArgumentException(
                    "a placeholder is not closed: write {{name}}, such as {{statement}}");
        }
        return new AlertTemplate(text);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The text with each placeholder replaced by its value (empty when not known). */
    String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertTemplate t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
