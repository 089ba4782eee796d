package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.adapt.YamlTree.ListNode;
import io.shiftleft.pipeline.adapt.YamlTree.MapNode;
import io.shiftleft.pipeline.adapt.YamlTree.Node;
import io.shiftleft.pipeline.adapt.YamlTree.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the custom {@code rules} of an environment: each a factory name or a class name (a name
 * with a dot is a class), alone or as {@code {name|class, settings}}.
 */
final class RuleSpecReader {

    private static final Set<String> FIELDS = Set.of("name", "class", "settings");

    private RuleSpecReader() {}

    static List<RuleSpec> read(EnvironmentReader reader, Node node, String field) {
        List<RuleSpec> out = new ArrayList<>();
        if (node == null || (node instanceof Scalar s && s.value() == null)) {
            return out;
        }
        List<Node> items = node instanceof ListNode list ? list.items() : List.of(node);
        for (int k = 0; k < items.size(); k++) {
            String item = field + "[" + k + "]";
            Node rule = items.get(k);
            String location = reader.location(rule.line());
            if (rule instanceof Scalar scalar
                    && scalar.value() != null
                    && !scalar.value().isBlank()) {
                String value = scalar.value().trim();
                boolean isClass = value.contains(".");
                out.add(
                        new RuleSpec(
                                isClass ? "" : value, isClass ? value : "", Map.of(), location));
                continue;
            }
            MapNode entry = reader.map(rule, item);
            reader.fields(entry, item, FIELDS);
            String name = reader.value(entry, item + ".name", String::trim, "");
            String className = reader.value(entry, item + ".class", String::trim, "");
            if (name.isEmpty() == className.isEmpty()) {
                throw reader.error(
                        entry.line(), item, "give either 'name' (a rule factory) or 'class'");
            }
            out.add(
                    new RuleSpec(
                            name, className, reader.strings(entry, item + ".settings"), location));
        }
        return out;
    }
}
