package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads rules from a {@link RuleTree}, checking every field and collecting every problem with its
 * place (file and line when known) and field path; a rule with a problem is not made.
 */
public final class RuleReader {

    /** The fields of a rule. */
    static final List<String> FIELDS =
            List.of(
                    "name",
                    "environment",
                    "product",
                    "table",
                    "statement",
                    "pool",
                    "condition",
                    "for",
                    "keep_firing_for",
                    "severity",
                    "labels",
                    "summary",
                    "description");

    /** Fields the API shows but that a request body may carry back without effect. */
    public static final Set<String> SHOWN_ONLY =
            Set.of("source", "read_only", "created_at", "updated_at");

    /** How long a firing alert stays firing after its condition cleared, unless a rule says. */
    public static final Duration DEFAULT_KEEP_FIRING_FOR = Duration.ofMinutes(1);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleReader() {}

    /**
     * The rules of a rules file: a mapping with a list {@code rules} (an empty document has none).
     *
     * @throws InvalidRuleException with every problem, when there is one
     */
    public static List<AlertRule> file(String file, RuleTree document) {
        RuleReader reader = new RuleReader();
        List<AlertRule> rules = new ArrayList<>();
        if (document instanceof RuleTree.Mapping m) {
            reader.unknown(m, "", List.of("rules"), Set.of());
            RuleTree list = m.entries().get("rules");
            if (list instanceof RuleTree.Sequence s) {
                Map<String, String> names = new LinkedHashMap<>();
                for (int i = 0; i < s.items().size(); i++) {
                    String field = "rules[" + i + "]";
                    AlertRule rule =
                            reader.rule(
                                    s.items().get(i), field, AlertRule.RuleSource.FILE, Set.of());
                    if (rule == null) {
                        continue;
                    }
                    String first = names.putIfAbsent(rule.name(), field);
                    if (first != null) {
                        reader.problem(
                                s.items().get(i),
                                field + ".name",
                                "'" + rule.name() + "' is already the name of " + first);
                    } else {
                        rules.add(rule);
                    }
                }
            } else if (list != null && !isNull(list)) {
                reader.problem(list, "rules", "must be a list of rules, was " + list.kind());
            }
        } else if (!isNull(document)) {
            reader.problem(
                    document, "", "must be a mapping with a list 'rules', was " + document.kind());
        }
        if (!reader.problems.isEmpty()) {
            List<RuleProblem> sorted = new ArrayList<>(reader.problems);
            sorted.sort(java.util.Comparator.comparingInt(p -> line(p.at())));
            throw new InvalidRuleException(file, sorted);
        }
        return rules;
    }

    /**
     * One rule from an API request body.
     *
     * @throws InvalidRuleException with every problem, when there is one
     */
    public static AlertRule api(RuleTree body) {
        RuleReader reader = new RuleReader();
        AlertRule rule = reader.rule(body, "", AlertRule.RuleSource.API, SHOWN_ONLY);
        if (!reader.problems.isEmpty()) {
            throw new InvalidRuleException("", reader.problems);
        }
        return rule;
    }

    private AlertRule rule(
            RuleTree node, String path, AlertRule.RuleSource source, Set<String> ok) {
        if (!(node instanceof RuleTree.Mapping m)) {
            problem(node, path, "must be a mapping (a rule), was " + node.kind());
            return null;
        }
        int before = problems.size();
        unknown(m, path, FIELDS, ok);
        String name = text(m, path, "name", true);
        if (name != null && !NAME.matcher(name).matches()) {
            problem(
                    m.entries().get("name"),
                    field(path, "name"),
                    "'"
                            + name
                            + "' is not a rule name: letters, digits, '.', '_' and '-', at most 100,"
                            + " starting with a letter or digit");
        }
        Map<String, String> labels = RuleTexts.labels(this, m, path);
        AlertCondition condition = ConditionReader.read(this, m, path);
        if (m.entries().get("condition") instanceof RuleTree.Mapping c
                && c.entries().containsKey("pool_usage_above")) {
            for (String f : List.of("product", "table", "statement")) {
                if (m.entries().containsKey(f)) {
                    problem(
                            m.entries().get(f),
                            field(path, f),
                            "a pool_usage_above rule looks at compute pools: match them with"
                                    + " 'pool', not '"
                                    + f
                                    + "'");
                }
            }
        }
        Duration forDuration = duration(m, path, "for", Duration.ZERO);
        Duration keep = duration(m, path, "keep_firing_for", DEFAULT_KEEP_FIRING_FOR);
        Severity severity = RuleTexts.severity(this, m, path);
        AlertTemplate summary = RuleTexts.template(this, m, path, "summary", labels);
        AlertTemplate description = RuleTexts.template(this, m, path, "description", labels);
        if (problems.size() > before) {
            return null;
        }
        return new AlertRule(
                name,
                source,
                pattern(m, path, "environment"),
                pattern(m, path, "product"),
                pattern(m, path, "table"),
                pattern(m, path, "statement"),
                pattern(m, path, "pool"),
                condition,
                forDuration,
                keep,
                severity,
                labels,
                summary,
                description);
    }

    // ---- fields ----

    private NamePattern pattern(RuleTree.Mapping m, String path, String key) {
        return NamePattern.of(text(m, path, key, false));
    }

    /** A text field: any non-null scalar, not blank; null when absent (a problem if required). */
    String text(RuleTree.Mapping m, String path, String key, boolean required) {
        RuleTree v = m.entries().get(key);
        if (v == null || isNull(v)) {
            if (required) {
                problem(m, field(path, key), "is required");
            }
            return null;
        }
        if (!(v instanceof RuleTree.Scalar s)) {
            problem(v, field(path, key), "must be a text, was " + v.kind());
            return null;
        }
        String text = String.valueOf(s.value());
        if (text.isBlank()) {
            problem(v, field(path, key), "must not be blank");
            return null;
        }
        return text;
    }

    Duration duration(RuleTree.Mapping m, String path, String key, Duration otherwise) {
        RuleTree v = m.entries().get(key);
        if (v == null || isNull(v)) {
            return otherwise;
        }
        if (v instanceof RuleTree.Scalar s && s.value() instanceof Long n && n == 0) {
            return Duration.ZERO;
        }
        if (!(v instanceof RuleTree.Scalar s) || !(s.value() instanceof String text)) {
            problem(
                    v,
                    field(path, key),
                    "must be a duration with a unit, such as 30s, 10m or 1h30m, was " + v.kind());
            return otherwise;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            problem(v, field(path, key), e.getMessage());
            return otherwise;
        }
    }

    // ---- helpers ----

    void unknown(RuleTree.Mapping m, String path, List<String> known, Set<String> ignored) {
        for (Map.Entry<String, RuleTree> e : m.entries().entrySet()) {
            if (!known.contains(e.getKey()) && !ignored.contains(e.getKey())) {
                problem(
                        e.getValue(),
                        field(path, e.getKey()),
                        "is not a field here; known fields: " + String.join(", ", known));
            }
        }
    }

    void problem(RuleTree node, String field, String message) {
        problems.add(new RuleProblem(node == null ? "" : node.at(), field, message));
    }

    /** The line of a {@code file:line} place (0 when it has none). */
    private static int line(String at) {
        int colon = at.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(at.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String field(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static boolean isNull(RuleTree node) {
        return node instanceof RuleTree.Scalar s && s.value() == null;
    }
}
