package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a rule's {@code condition}: exactly one of {@code phase} (with {@code longer_than}: time
 * spent in the phase), {@code lag_above} or {@code pool_usage_above} (each with an optional {@code
 * resolve_below}, at most the fire threshold, by default equal to it).
 */
final class ConditionReader {

    static final List<String> FIELDS =
            List.of("phase", "longer_than", "lag_above", "pool_usage_above", "resolve_below");

    private static final List<String> KINDS = List.of("phase", "lag_above", "pool_usage_above");

    private ConditionReader() {}

    /** The condition of the rule mapping, or null after recording its problems. */
    static AlertCondition read(RuleReader r, RuleTree.Mapping rule, String rulePath) {
        String path = RuleReader.field(rulePath, "condition");
        RuleTree node = rule.entries().get("condition");
        if (node == null || RuleReader.isNull(node)) {
            r.problem(rule, path, "is required: one of " + String.join(", ", KINDS));
            return null;
        }
        if (!(node instanceof RuleTree.Mapping m)) {
            r.problem(
                    node,
                    path,
                    "must be a mapping, such as {lag_above: 100000}, was " + node.kind());
            return null;
        }
        r.unknown(m, path, FIELDS, Set.of());
        List<String> kinds = KINDS.stream().filter(m.entries()::containsKey).toList();
        if (kinds.size() != 1) {
            r.problem(
                    m,
                    path,
                    "needs exactly one of "
                            + String.join(", ", KINDS)
                            + (kinds.isEmpty() ? "" : "; has " + String.join(" and ", kinds)));
            return null;
        }
        return switch (kinds.get(0)) {
            case "phase" -> phase(r, m, path);
            case "lag_above" -> lag(r, m, path);
            default -> pool(r, m, path);
        };
    }

    private static AlertCondition phase(RuleReader r, RuleTree.Mapping m, String path) {
        if (m.entries().containsKey("resolve_below")) {
            r.problem(
                    m.entries().get("resolve_below"),
                    RuleReader.field(path, "resolve_below"),
                    "applies to lag_above and pool_usage_above only");
        }
        Set<Phase> phases = phases(r, m.entries().get("phase"), RuleReader.field(path, "phase"));
        if (!m.entries().containsKey("longer_than")) {
            return phases == null ? null : new AlertCondition.PhaseIn(phases);
        }
        Duration longer = r.duration(m, path, "longer_than", null);
        if (longer != null && longer.isZero()) {
            r.problem(
                    m.entries().get("longer_than"),
                    RuleReader.field(path, "longer_than"),
                    "must be more than 0 (leave it out to alert on the phase alone)");
            return null;
        }
        return phases == null || longer == null
                ? null
                : new AlertCondition.TimeInPhase(phases, longer);
    }

    private static Set<Phase> phases(RuleReader r, RuleTree node, String field) {
        List<RuleTree> items =
                node instanceof RuleTree.Sequence s
                        ? s.items()
                        : node == null ? List.of() : List.of(node);
        List<Phase> phases = new ArrayList<>();
        for (RuleTree item : items) {
            if (!(item instanceof RuleTree.Scalar s) || !(s.value() instanceof String text)) {
                r.problem(item, field, "must name phases, was " + item.kind());
                return null;
            }
            try {
                phases.add(Phase.valueOf(text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                r.problem(
                        item,
                        field,
                        "'" + text + "' is not a phase; one of " + Arrays.toString(Phase.values()));
                return null;
            }
        }
        if (phases.isEmpty()) {
            r.problem(node, field, "must name at least one phase");
            return null;
        }
        return EnumSet.copyOf(phases);
    }

    private static AlertCondition lag(RuleReader r, RuleTree.Mapping m, String path) {
        onlyWithPhase(r, m, path);
        Double above = number(r, m, path, "lag_above", true, Double.MAX_VALUE);
        Double below = number(r, m, path, "resolve_below", true, Double.MAX_VALUE);
        if (above == null || !consistent(r, m, path, above, below)) {
            return null;
        }
        return new AlertCondition.LagAbove(
                above.longValue(), below == null ? above.longValue() : below.longValue());
    }

    private static AlertCondition pool(RuleReader r, RuleTree.Mapping m, String path) {
        onlyWithPhase(r, m, path);
        Double above = number(r, m, path, "pool_usage_above", false, 1.0);
        Double below = number(r, m, path, "resolve_below", false, 1.0);
        if (above == null || !consistent(r, m, path, above, below)) {
            return null;
        }
        return new AlertCondition.PoolUsageAbove(above, below == null ? above : below);
    }

    private static void onlyWithPhase(RuleReader r, RuleTree.Mapping m, String path) {
        if (m.entries().containsKey("longer_than")) {
            r.problem(
                    m.entries().get("longer_than"),
                    RuleReader.field(path, "longer_than"),
                    "applies to phase only (use the rule's 'for' for how long a value must hold)");
        }
    }

    private static boolean consistent(
            RuleReader r, RuleTree.Mapping m, String path, double above, Double below) {
        if (below != null && below > above) {
            r.problem(
                    m.entries().get("resolve_below"),
                    RuleReader.field(path, "resolve_below"),
                    "must not be above the fire threshold ("
                            + (above == Math.rint(above) ? Long.toString((long) above) : above)
                            + "): an alert resolves below it");
            return false;
        }
        return true;
    }

    /**
     * A number at 0 or more and at most {@code max} (a whole number where asked); null if absent.
     */
    private static Double number(
            RuleReader r, RuleTree.Mapping m, String path, String key, boolean whole, double max) {
        RuleTree v = m.entries().get(key);
        if (v == null || RuleReader.isNull(v)) {
            return null;
        }
        String field = RuleReader.field(path, key);
        if (!(v instanceof RuleTree.Scalar s) || !(s.value() instanceof Number n)) {
            r.problem(v, field, "must be a number, was " + v.kind());
            return null;
        }
        double d = n.doubleValue();
        if (whole && d != Math.rint(d)) {
            r.problem(v, field, "must be a whole number of records, was " + n);
            return null;
        }
        if (d < 0 || d > max || Double.isNaN(d)) {
            r.problem(
                    v,
                    field,
                    "must be between 0 and "
                            + (max == 1.0 ? "1 (a ratio of used to maximum CFUs)" : "2^63")
                            + ", was "
                            + n);
            return null;
        }
        return d;
    }
}
