package io.shiftleft.pipeline.metadata;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders a JSON tree exactly as shift_left's Python serializers do, which Jackson's pretty printer
 * does not ({@code " : "}, other line breaks).
 *
 * <p>Common to both {@link Style}s: with an indent, members and items are separated by {@code ,}
 * and a newline, each on its own line indented by {@code indent} spaces per level; keys and values
 * by {@code ": "}; empty containers are {@code []} and {@code {}}; {@code null}, {@code true},
 * {@code false}; no trailing newline. Strings escape {@code "} and {@code \} and control characters
 * ({@code \b \t \n \f \r}, others as <code>&#92;u00XX</code> with lowercase hex).
 *
 * <p>Tree values: {@code null}, {@link String}, {@link Boolean}, integral numbers ({@link Integer},
 * {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger}), {@link Map} with string keys and
 * {@link Collection}, both written in iteration order.
 */
public final class PythonJson {

    /** Which of shift_left's serializers to reproduce. */
    public enum Style {
        /**
         * Python's {@code json.dump(obj, f, indent=n)} with its default {@code ensure_ascii=True}:
         * every character outside printable ASCII ({@code ' '..'~'}), DEL included, is written as
         * <code>&#92;uxxxx</code> (lowercase hex), characters beyond the BMP as a surrogate pair.
         * shift_left writes {@code inventory.json} this way. The output is pure ASCII.
         */
        JSON_DUMP,
        /**
         * pydantic 2's {@code model_dump_json(indent=n)} (serde_json): only control characters are
         * escaped, everything else is written as is (UTF-8 in the file). shift_left writes {@code
         * pipeline_definition.json} this way.
         */
        PYDANTIC
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int indent;
    private final Style style;
    private final StringBuilder out = new StringBuilder();

    private PythonJson(int indent, Style style) {
        this.indent = indent;
        this.style = style;
    }

    /** The tree rendered with {@code indent} spaces per level in the given style. */
    public static String write(Object tree, int indent, Style style) {
        if (indent < 0) {
            throw new IllegalArgumentException("indent must be >= 0: " + indent);
        }
        PythonJson writer = new PythonJson(indent, style);
        writer.value(tree, 0);
        return writer.out.toString();
    }

    private void value(Object value, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, level);
        } else if (value instanceof Collection<?> list) {
            array(list, level);
        } else {
            throw new IllegalArgumentException("Not a JSON tree value: " + value.getClass());
        }
    }

    private void object(Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings");
            }
            newline(level + 1);
            string(key);
            out.append(": ");
            value(entry.getValue(), level + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newline(level);
        out.append('}');
    }

    private void array(Collection<?> list, int level) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        Iterator<?> items = list.iterator();
        while (items.hasNext()) {
            newline(level + 1);
            value(items.next(), level + 1);
            if (items.hasNext()) {
                out.append(',');
            }
        }
        newline(level);
        out.append(']');
    }

    private void newline(int level) {
        out.append('\n');
        out.append(" ".repeat(indent * level));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean escape = c < 0x20 || (style == Style.JSON_DUMP && c > 0x7e);
                    if (escape) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
