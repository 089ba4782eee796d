package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.adapt.YamlTree.ListNode;
import io.shiftleft.pipeline.adapt.YamlTree.MapNode;
import io.shiftleft.pipeline.adapt.YamlTree.Node;
import io.shiftleft.pipeline.adapt.YamlTree.Scalar;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code replacements} of an environment. */
final class ReplacementReader {

    private static final Set<String> FIELDS = Set.of("from", "to", "regex", "in", "statements");

    private ReplacementReader() {}

    static List<Replacement> read(EnvironmentReader reader, Node node, String field) {
        List<Replacement> out = new ArrayList<>();
        if (node == null || (node instanceof Scalar s && s.value() == null)) {
            return out;
        }
        if (!(node instanceof ListNode list)) {
            throw reader.error(node.line(), field, "expected a list of {from, to} entries");
        }
        for (int k = 0; k < list.items().size(); k++) {
            String item = field + "[" + k + "]";
            MapNode entry = reader.map(list.items().get(k), item);
            reader.fields(entry, item, FIELDS);
            String from = reader.value(entry, item + ".from", s -> s, "");
            if (from.isEmpty()) {
                throw reader.error(entry.line(), item + ".from", "required, not empty");
            }
            if (!entry.entries().containsKey("to")) {
                throw reader.error(entry.line(), item + ".to", "required (may be empty)");
            }
            String to = reader.value(entry, item + ".to", s -> s, "");
            boolean regex = reader.value(entry, item + ".regex", ReplacementReader::bool, false);
            Set<Replacement.Target> targets = targets(reader, entry, item);
            Replacement.Scope scope =
                    reader.value(
                            entry,
                            item + ".statements",
                            ReplacementReader::scope,
                            Replacement.Scope.ALL);
            try {
                out.add(new Replacement(from, to, regex, targets, scope));
            } catch (PatternSyntaxException e) {
                throw reader.error(
                        entry.line(),
                        item + ".from",
                        "not a valid regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    private static Set<Replacement.Target> targets(
            EnvironmentReader reader, MapNode entry, String item) {
        List<String> names = reader.list(entry, item + ".in");
        if (names.isEmpty()) {
            return EnumSet.of(Replacement.Target.IDENTIFIERS, Replacement.Target.OPTION_VALUES);
        }
        Set<Replacement.Target> targets = EnumSet.noneOf(Replacement.Target.class);
        for (String name : names) {
            try {
                targets.add(
                        Replacement.Target.valueOf(
                                name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw reader.error(
                        entry.entries().get("in").line(),
                        item + ".in",
                        "unknown target '"
                                + name
                                + "' (expected identifiers, option-values or strings)");
            }
        }
        return targets;
    }

    private static boolean bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default ->
                    throw new IllegalArgumentException(
                            "expected true or false, not '" + value + "'");
        };
    }

    private static Replacement.Scope scope(String value) {
        try {
            return Replacement.Scope.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected ddl, dml or all, not '" + value + "'");
        }
    }
}
