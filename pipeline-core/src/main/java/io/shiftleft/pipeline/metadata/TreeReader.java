package io.shiftleft.pipeline.metadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant field access on a parsed metadata file: absent fields and {@code null}s get the caller's
 * defaults, unknown fields are never looked at, and a value of the wrong JSON kind fails with the
 * file and the JSON path of the value.
 */
final class TreeReader {

    private final Path file;

    TreeReader(Path file) {
        this.file = file;
    }

    /** The node, which must be a JSON object. */
    JsonNode object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw error(where, "expected a JSON object, found " + kind(node));
        }
        return node;
    }

    /** A string field: {@code ifAbsent} when missing, {@code ifNull} when {@code null}. */
    String string(JsonNode object, String field, String where, String ifAbsent, String ifNull) {
        JsonNode value = object.get(field);
        if (value == null) {
            return ifAbsent;
        }
        if (value.isNull()) {
            return ifNull;
        }
        if (!value.isString()) {
            throw error(where + "." + field, "expected a string, found " + kind(value));
        }
        return value.stringValue();
    }

    /** An integer field: {@code ifAbsent} when missing or {@code null}. */
    int integer(JsonNode object, String field, String where, int ifAbsent) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return ifAbsent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(where + "." + field, "expected an integer, found " + kind(value));
        }
        return value.intValue();
    }

    /** The items of an array field; none when missing or {@code null}. */
    List<JsonNode> array(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(where + "." + field, "expected a JSON array, found " + kind(value));
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.values().forEach(items::add);
        return items;
    }

    MetadataFileException error(String where, String detail) {
        return new MetadataFileException(file, detail + " at " + where, null);
    }

    private static String kind(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
