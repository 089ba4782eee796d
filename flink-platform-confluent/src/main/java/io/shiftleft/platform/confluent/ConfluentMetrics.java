package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementMetrics;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A statement's metrics from the metrics API ({@code POST /v2/metrics/cloud/query}, one metric per
 * query, as the API requires), over the last ten complete minutes at one-minute granularity. Gauges
 * (pending records, CFUs) are the value of the latest data point, never a sum over time; records in
 * and out are the sum over the window. A metric without data points is empty.
 */
final class ConfluentMetrics {

    static final String RECORDS_IN = "io.confluent.flink/num_records_in";
    static final String RECORDS_OUT = "io.confluent.flink/num_records_out";
    static final String PENDING_RECORDS = "io.confluent.flink/pending_records";
    static final String CFUS = "io.confluent.flink/statement_utilization/current_cfus";

    /** Ten complete minutes, ending a minute ago (points arrive minutes late anyway). */
    static final String WINDOW = "now-11m|m/now-1m|m";

    private final ConfluentHttp http;
    private final ConfluentSettings settings;
    private final Clock clock;
    private final URI query;

    ConfluentMetrics(ConfluentHttp http, ConfluentSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.query = URI.create(settings.metricsApiBaseUrl() + "/v2/metrics/cloud/query");
    }

    /** The metrics of the statement, on its pool when it has one. */
    StatementMetrics of(String name, Optional<String> computePoolId) {
        Credentials cloud = cloudCredentials(settings, name, "Reading metrics");
        List<Point> in = points(cloud, RECORDS_IN, name, computePoolId);
        List<Point> out = points(cloud, RECORDS_OUT, name, computePoolId);
        List<Point> pending = points(cloud, PENDING_RECORDS, name, computePoolId);
        List<Point> cfus = points(cloud, CFUS, name, computePoolId);
        Instant asOf =
                Stream.of(in, out, pending, cfus)
                        .flatMap(List::stream)
                        .map(Point::timestamp)
                        .max(Comparator.naturalOrder())
                        .orElseGet(clock::instant);
        return new StatementMetrics(
                name,
                asOf,
                sum(in),
                sum(out),
                latest(pending)
                        .map(v -> OptionalLong.of(Math.round(v)))
                        .orElse(OptionalLong.empty()),
                OptionalDouble.empty(),
                latest(cfus).map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    /** The Cloud API key, which the metrics and compute-pool APIs need. */
    static Credentials cloudCredentials(ConfluentSettings settings, String subject, String action) {
        return settings.cloudApi()
                .orElseThrow(
                        () ->
                                new PlatformException(
                                        PlatformException.Reason.UNAUTHORIZED,
                                        subject,
                                        action
                                                + " needs a Cloud API key, and none is configured"
                                                + " (ConfluentSettings.cloudApi,"
                                                + " SHIFTLEFT_CCF_CLOUD_API_KEY)"));
    }

    private List<Point> points(
            Credentials cloud, String metric, String name, Optional<String> computePoolId) {
        HttpCall call =
                HttpCall.withBody(
                        "POST",
                        query,
                        cloud,
                        Json.write(body(metric, name, computePoolId)),
                        "Querying " + metric);
        HttpResult r = http.send(call, name);
        if (!r.isSuccess()) {
            throw ApiErrors.toException(r, name);
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode p : Json.read(r, name).path("data")) {
            Optional<Instant> at = Json.instant(p, "timestamp");
            JsonNode value = p.path("value");
            if (at.isPresent() && value.isNumber()) {
                points.add(new Point(at.get(), value.doubleValue()));
            }
        }
        return points;
    }

    static ObjectNode body(String metric, String name, Optional<String> computePoolId) {
        ObjectNode body = Json.object();
        ObjectNode aggregation = body.putArray("aggregations").addObject();
        aggregation.put("metric", metric);
        aggregation.put("agg", "SUM");
        ObjectNode byName = Json.object();
        byName.put("field", "resource.flink_statement.name");
        byName.put("op", "EQ");
        byName.put("value", name);
        if (computePoolId.isPresent()) {
            ObjectNode filter = body.putObject("filter");
            filter.put("op", "AND");
            ArrayNode filters = filter.putArray("filters");
            filters.add(byName);
            ObjectNode byPool = filters.addObject();
            byPool.put("field", "resource.compute_pool.id");
            byPool.put("op", "EQ");
            byPool.put("value", computePoolId.get());
        } else {
            body.set("filter", byName);
        }
        body.put("granularity", "PT1M");
        body.putArray("intervals").add(WINDOW);
        body.put("format", "FLAT");
        body.put("limit", 1000);
        return body;
    }

    private static OptionalLong sum(List<Point> points) {
        if (points.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(points.stream().mapToDouble(Point::value).sum()));
    }

    private static Optional<Double> latest(List<Point> points) {
        return points.stream().max(Comparator.comparing(Point::timestamp)).map(Point::value);
    }

    /** One data point of one metric. */
    private record Point(Instant timestamp, double value) {}
}
