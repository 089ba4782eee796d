package io.shiftleft.notifier.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Column conversions shared by the notifier's JDBC adapters. */
public final class Sql {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Sql() {}

    /** A timestamp argument, null for null. */
    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A timestamp column as an instant, null for null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** An integer column, null for null. */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A duration in milliseconds, null for null. */
    public static Long millis(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    /** Milliseconds as a duration, null for null. */
    public static Duration duration(Object millis) {
        return millis == null ? null : Duration.ofMillis(((Number) millis).longValue());
    }

    /** A value as JSON text. */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** JSON text as a map of strings. */
    public static Map<String, String> stringMap(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    }

    /** JSON text as a map of anything. */
    public static Map<String, Object> map(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    /** JSON text as a list of maps. */
    public static List<Map<String, Object>> list(String json) {
        return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
    }
}
