package io.shiftleft.platform.confluent;

import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.StatementError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Result pages ({@code results.data[]} of {@code op} and {@code row}, {@code metadata.next}) and
 * exception lists ({@code data[]} of name, message, timestamp) as the port's types.
 */
final class ResultsJson {

    private ResultsJson() {}

    /** A page, with the columns read from the statement's traits. */
    static ResultPage page(List<String> columns, JsonNode page) {
        List<ResultPage.Row> rows = new ArrayList<>();
        for (JsonNode entry : page.path("results").path("data")) {
            List<Object> values = new ArrayList<>();
            entry.path("row").forEach(v -> values.add(value(v)));
            rows.add(new ResultPage.Row(kind(entry.path("op")), values));
        }
        return new ResultPage(columns, rows, Json.text(page.path("metadata"), "next"));
    }

    /** 0 +I (also when absent), 1 -U, 2 +U, 3 -D. */
    static ResultPage.ChangeKind kind(JsonNode op) {
        return switch (op.asInt(0)) {
            case 1 -> ResultPage.ChangeKind.UPDATE_BEFORE;
            case 2 -> ResultPage.ChangeKind.UPDATE_AFTER;
            case 3 -> ResultPage.ChangeKind.DELETE;
            default -> ResultPage.ChangeKind.INSERT;
        };
    }

    /** A JSON value as plain Java: String, Long or BigInteger, Double, Boolean, List, Map, null. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(value(e)));
            return Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
        return Collections.unmodifiableMap(map);
    }

    /** The exceptions, newest first (those without a timestamp last, in the platform's order). */
    static List<StatementError> errors(JsonNode list) {
        List<StatementError> errors = new ArrayList<>();
        for (JsonNode e : list.path("data")) {
            errors.add(
                    new StatementError(
                            Json.instant(e, "timestamp"),
                            Json.text(e, "name").orElse(""),
                            e.path("message").asString("")));
        }
        errors.sort(
                Comparator.comparing(
                        (StatementError e) -> e.timestamp().orElse(null),
                        Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
        return List.copyOf(errors);
    }
}
