package io.shiftleft.planner.request.adapter.out.jdbc;

import io.shiftleft.planner.request.RequestOptions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a request's flags as {@code key=value} lines, and reads them back. */
final class OptionsText {

    private OptionsText() {}

    static String write(RequestOptions o) {
        StringBuilder text = new StringBuilder();
        line(text, "excludeTables", String.join(",", o.excludeTables()));
        line(text, "forceAncestors", o.forceAncestors());
        line(text, "mayStartDescendants", o.mayStartDescendants());
        line(text, "crossProductDeployment", o.crossProductDeployment());
        line(text, "dmlOnly", o.dmlOnly());
        line(text, "computePoolId", o.computePoolId());
        line(text, "maxParallel", o.maxParallel());
        line(text, "version", o.version());
        line(text, "dryRun", o.dryRun());
        line(text, "dropTables", o.dropTables());
        return text.toString();
    }

    static RequestOptions read(String text) {
        Map<String, String> v = new HashMap<>();
        for (String l : (text == null ? "" : text).split("\n")) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                v.put(l.substring(0, eq), l.substring(eq + 1));
            }
        }
        String exclude = v.getOrDefault("excludeTables", "");
        return new RequestOptions(
                exclude.isEmpty() ? List.of() : Arrays.asList(exclude.split(",")),
                Boolean.parseBoolean(v.get("forceAncestors")),
                Boolean.parseBoolean(v.get("mayStartDescendants")),
                Boolean.parseBoolean(v.get("crossProductDeployment")),
                Boolean.parseBoolean(v.get("dmlOnly")),
                v.get("computePoolId"),
                v.containsKey("maxParallel") ? Integer.valueOf(v.get("maxParallel")) : null,
                v.get("version"),
                Boolean.parseBoolean(v.get("dryRun")),
                !"false".equals(v.get("dropTables")));
    }

    private static void line(StringBuilder text, String key, Object value) {
        if (value != null && !"".equals(value)) {
            text.append(key).append('=').append(value.toString().replace('\n', ' ')).append('\n');
        }
    }
}
