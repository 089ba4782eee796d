package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.adapt.YamlTree.ListNode;
import io.shiftleft.pipeline.adapt.YamlTree.MapNode;
import io.shiftleft.pipeline.adapt.YamlTree.Node;
import io.shiftleft.pipeline.adapt.YamlTree.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads and checks one environment of an environments file; errors name file, line and field. */
final class EnvironmentReader {

    private static final Set<String> FIELDS =
            Set.of(
                    "platform",
                    "kafka",
                    "schema-registry",
                    "format",
                    "value-fields-include",
                    "rowtime",
                    "replacements",
                    "remove-options",
                    "rules",
                    "disabled-rules");

    private static final Set<String> STARTUP_MODES =
            Set.of(
                    "earliest-offset",
                    "latest-offset",
                    "group-offsets",
                    "timestamp",
                    "specific-offsets");

    private final String file;
    private final String path;
    private final int line;

    /**
     * A reader of the environment at {@code path} (like {@code environments.prod}) whose name is on
     * {@code line}.
     */
    EnvironmentReader(String file, String path, int line) {
        this.file = file;
        this.path = path;
        this.line = line;
    }

    TargetEnvironment read(String name, Node node) {
        MapNode read = map(node, path);
        MapNode env = new MapNode(line, read.entries(), read.keyLines());
        fields(env, path, FIELDS);
        Platform platform = required(env, "platform", Platform::of);
        MapNode kafka =
                optionalMap(
                        env,
                        "kafka",
                        Set.of("bootstrap-servers", "topic-pattern", "startup-mode", "properties"));
        MapNode registry = optionalMap(env, "schema-registry", Set.of("url", "options"));
        MapNode rowtime = optionalMap(env, "rowtime", Set.of("column", "watermark"));
        KafkaFormat format = value(env, "format", KafkaFormat::of, KafkaFormat.AVRO_CONFLUENT);
        boolean flink = platform == Platform.APACHE_FLINK;
        String bootstrap = value(kafka, "kafka.bootstrap-servers", s -> s, "");
        if (flink && bootstrap.isBlank()) {
            throw error(
                    kafka.line(),
                    "kafka.bootstrap-servers",
                    "required on an apache-flink environment");
        }
        String url = value(registry, "schema-registry.url", s -> s, "");
        if (flink && format.needsRegistry() && url.isBlank()) {
            throw error(
                    registry.line(), "schema-registry.url", "required with format " + format.id());
        }
        return new TargetEnvironment(
                name,
                platform,
                new TargetEnvironment.Kafka(
                        bootstrap,
                        value(kafka, "kafka.topic-pattern", s -> s, "{table}"),
                        value(
                                kafka,
                                "kafka.startup-mode",
                                EnvironmentReader::startupMode,
                                "earliest-offset"),
                        strings(kafka, "kafka.properties")),
                new TargetEnvironment.SchemaRegistry(
                        url, strings(registry, "schema-registry.options")),
                format,
                value(env, "value-fields-include", EnvironmentReader::valueFields, ""),
                new TargetEnvironment.Rowtime(
                        value(
                                rowtime,
                                "rowtime.column",
                                EnvironmentReader::rowtimeColumn,
                                flink
                                        ? TargetEnvironment.RowtimeColumn.REFERENCED
                                        : TargetEnvironment.RowtimeColumn.NEVER),
                        value(
                                rowtime,
                                "rowtime.watermark",
                                WatermarkDelay::toSql,
                                TargetEnvironment.DEFAULT_WATERMARK)),
                ReplacementReader.read(this, env.entries().get("replacements"), "replacements"),
                list(env, "remove-options"),
                RuleSpecReader.read(this, env.entries().get("rules"), "rules"),
                disabledRules(env));
    }

    private Set<String> disabledRules(MapNode env) {
        Set<String> names = new LinkedHashSet<>(list(env, "disabled-rules"));
        for (String rule : names) {
            if (!SqlRules.BUILT_IN.contains(rule)) {
                throw error(
                        env.entries().get("disabled-rules").line(),
                        "disabled-rules",
                        "unknown built-in rule '"
                                + rule
                                + "' (expected one of "
                                + String.join(", ", SqlRules.BUILT_IN)
                                + ")");
            }
        }
        return names;
    }

    private static String startupMode(String value) {
        String mode = value.trim().toLowerCase(Locale.ROOT);
        if (!STARTUP_MODES.contains(mode)) {
            throw new IllegalArgumentException(
                    "unknown startup mode '"
                            + value
                            + "' (expected one of "
                            + String.join(", ", STARTUP_MODES.stream().sorted().toList())
                            + ")");
        }
        return mode;
    }

    private static String valueFields(String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!normalized.equals("ALL") && !normalized.equals("EXCEPT_KEY")) {
            throw new IllegalArgumentException("expected all or except-key, not '" + value + "'");
        }
        return normalized;
    }

    private static TargetEnvironment.RowtimeColumn rowtimeColumn(String value) {
        try {
            return TargetEnvironment.RowtimeColumn.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected referenced, always or never, not '" + value + "'");
        }
    }

    // ------------------------------------------------------------------ helpers shared by readers

    EnvironmentConfigException error(int line, String field, String problem) {
        return new EnvironmentConfigException(
                file + ":" + line + ": " + path + "." + field + ": " + problem);
    }

    String location(int line) {
        return file + ":" + line;
    }

    MapNode map(Node node, String field) {
        if (node instanceof MapNode map) {
            return map;
        }
        throw new EnvironmentConfigException(
                file + ":" + node.line() + ": " + field + ": expected a mapping");
    }

    void fields(MapNode node, String field, Set<String> known) {
        for (String key : node.entries().keySet()) {
            if (!known.contains(key)) {
                throw new EnvironmentConfigException(
                        file
                                + ":"
                                + node.keyLines().get(key)
                                + ": "
                                + field
                                + "."
                                + key
                                + ": unknown field (expected one of "
                                + String.join(", ", known.stream().sorted().toList())
                                + ")");
            }
        }
    }

    private MapNode optionalMap(MapNode env, String key, Set<String> known) {
        Node node = env.entries().get(key);
        if (node == null || (node instanceof Scalar s && s.value() == null)) {
            return new MapNode(env.line(), Map.of(), Map.of());
        }
        MapNode map = map(node, path + "." + key);
        fields(map, path + "." + key, known);
        return new MapNode(env.keyLines().get(key), map.entries(), map.keyLines());
    }

    /** A scalar field converted, or the default when absent; {@code field} may be dotted. */
    <T> T value(MapNode node, String field, Function<String, T> convert, T absent) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        Node value = node.entries().get(key);
        if (value == null || (value instanceof Scalar s && s.value() == null)) {
            return absent;
        }
        if (!(value instanceof Scalar scalar)) {
            throw error(value.line(), field, "expected a single value");
        }
        try {
            return convert.apply(scalar.value());
        } catch (IllegalArgumentException e) {
            throw error(value.line(), field, e.getMessage());
        }
    }

    private <T> T required(MapNode node, String field, Function<String, T> convert) {
        T value = value(node, field, convert, null);
        if (value == null) {
            throw error(node.line(), field, "required");
        }
        return value;
    }

    /** A mapping of scalars, as strings; empty when absent. */
    Map<String, String> strings(MapNode node, String field) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        Node value = node.entries().get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || (value instanceof Scalar s && s.value() == null)) {
            return out;
        }
        MapNode map = map(value, path + "." + field);
        map.entries()
                .forEach(
                        (k, v) -> {
                            if (!(v instanceof Scalar s) || s.value() == null) {
                                throw error(v.line(), field + "." + k, "expected a single value");
                            }
                            out.put(k, s.value());
                        });
        return out;
    }

    /** A list of scalars (a single scalar is a list of one); empty when absent. */
    List<String> list(MapNode node, String field) {
        Node value = node.entries().get(field.substring(field.lastIndexOf('.') + 1));
        List<String> out = new ArrayList<>();
        if (value == null || (value instanceof Scalar s && s.value() == null)) {
            return out;
        }
        List<Node> items = value instanceof ListNode l ? l.items() : List.of(value);
        for (Node item : items) {
            if (!(item instanceof Scalar s) || s.value() == null || s.value().isBlank()) {
                throw error(item.line(), field, "expected a list of names");
            }
            out.add(s.value().trim());
        }
        return out;
    }
}
