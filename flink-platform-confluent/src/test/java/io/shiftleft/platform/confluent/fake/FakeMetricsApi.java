package io.shiftleft.platform.confluent.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's metrics query ({@code POST /v2/metrics/cloud/query}): exactly one aggregation, {@code
 * SUM} only, as the API requires; the FLAT points seeded for that metric and statement name.
 */
public final class FakeMetricsApi {

    static final String PATH = "/v2/metrics/cloud/query";

    /** One seeded data point. */
    private record Point(String metric, String statement, Instant at, double value) {}

    private final List<Point> points = new ArrayList<>();
    private final List<JsonNode> queries = new ArrayList<>();

    /** One data point of a metric of a statement. */
    public synchronized FakeMetricsApi point(
            String metric, String statement, Instant at, double value) {
        points.add(new Point(metric, statement, at, value));
        return this;
    }

    /** The query bodies received, oldest first. */
    public synchronized List<JsonNode> queries() {
        return List.copyOf(queries);
    }

    public synchronized void clear() {
        points.clear();
        queries.clear();
    }

    synchronized FakeResponse handle(FakeRequest request) {
        JsonNode query = FakeResponse.JSON.readTree(request.body());
        queries.add(query);
        JsonNode aggregations = query.path("aggregations");
        if (aggregations.size() != 1 || !"SUM".equals(aggregations.get(0).path("agg").asString())) {
            return FakeResponse.error(
                    400, "invalid_query", "Exactly one aggregation, SUM, is supported");
        }
        String metric = aggregations.get(0).path("metric").asString();
        String statement = statementFilter(query.path("filter"));
        ObjectNode body = FakeResponse.JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        for (Point p : points) {
            if (p.metric().equals(metric) && p.statement().equals(statement)) {
                ObjectNode point = data.addObject();
                point.put("timestamp", p.at().toString());
                point.put("value", p.value());
            }
        }
        return FakeResponse.json(200, body);
    }

    private static String statementFilter(JsonNode filter) {
        if ("resource.flink_statement.name".equals(filter.path("field").asString(""))) {
            return filter.path("value").asString();
        }
        for (JsonNode f : filter.path("filters")) {
            String found = statementFilter(f);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
