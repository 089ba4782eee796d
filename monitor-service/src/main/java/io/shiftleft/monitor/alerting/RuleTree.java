package io.shiftleft.monitor.alerting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule document as read from a YAML file or a JSON request body, before it is checked: mappings,
 * sequences and scalars that remember where they were (a file and line, or nothing for a request
 * body), so every error can say what and where.
 */
public sealed interface RuleTree {

    /** Where the node starts, as {@code file:line}; empty when the source has no lines. */
    String at();

    /** A mapping; keys in document order. */
    record Mapping(String at, Map<String, RuleTree> entries) implements RuleTree {

        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A sequence. */
    record Sequence(String at, List<RuleTree> items) implements RuleTree {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar: a {@link String}, {@link Long}, {@link Double}, {@link Boolean}, or null.
     *
     * @param at where it is
     * @param value its value
     */
    record Scalar(String at, Object value) implements RuleTree {}

    /**
     * The tree of plain values as a JSON library reads them (maps, lists, strings, numbers,
     * booleans, null), without locations.
     */
    static RuleTree of(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, RuleTree> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), of(v)));
            return new Mapping("", entries);
        }
        if (value instanceof List<?> list) {
            List<RuleTree> items = new ArrayList<>();
            list.forEach(v -> items.add(of(v)));
            return new Sequence("", items);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return new Scalar("", ((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new Scalar("", b.bitLength() < 64 ? (Object) b.longValue() : b.toString());
        }
        if (value instanceof Float || value instanceof Double || value instanceof BigDecimal) {
            return new Scalar("", ((Number) value).doubleValue());
        }
        return new Scalar("", value);
    }

    /** A short description of the node's kind, for messages. */
    default String kind() {
        if (this instanceof Mapping) {
            return "a mapping";
        }
        if (this instanceof Sequence) {
            return "a list";
        }
        Object v = ((Scalar) this).value();
        return v == null ? "null" : "'" + v + "'";
    }
}
