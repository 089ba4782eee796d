package io.shiftleft.platform.confluent.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The paged answers of the fake Statements API: the statement list and result pages, each with an
 * absolute {@code metadata.next} carrying a {@code page_token} (empty at the end).
 */
final class FakeStatementLists {

    private FakeStatementLists() {}

    static FakeResponse list(FakeStatementsApi api, FakeRequest request) {
        int pageSize = Integer.parseInt(request.param("page_size").orElse("10"));
        if (pageSize < 1 || pageSize > 100) {
            return FakeResponse.error(
                    400, "invalid_parameter", "page_size must be 1 to 100, was " + pageSize);
        }
        Map<String, String> selector = new HashMap<>();
        for (String term : request.param("label_selector").orElse("").split(",")) {
            if (!term.isBlank()) {
                String[] kv = term.split("=", 2);
                selector.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        String pool = request.param("spec.compute_pool_id").orElse(null);
        List<FakeStatement> matching =
                api.statements.values().stream()
                        .filter(s -> s.labels.entrySet().containsAll(selector.entrySet()))
                        .filter(s -> pool == null || pool.equals(s.computePoolId))
                        .toList();
        int from = offset(request);
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode body = FakeResponse.JSON.createObjectNode();
        body.put("api_version", "sql/v1");
        body.put("kind", "StatementList");
        ObjectNode metadata = body.putObject("metadata");
        metadata.put("self", request.origin() + request.path());
        metadata.put("next", to < matching.size() ? next(request, to) : "");
        ArrayNode data = body.putArray("data");
        for (FakeStatement s : matching.subList(Math.min(from, to), to)) {
            data.add(api.render(s, request));
        }
        return FakeResponse.json(200, body);
    }

    static FakeResponse results(FakeStatementsApi api, FakeStatement s, FakeRequest request) {
        int from = offset(request);
        int to = Math.min(s.results.size(), from + api.resultsPageSize);
        ObjectNode body = FakeResponse.JSON.createObjectNode();
        body.put("api_version", "sql/v1");
        body.put("kind", "StatementResult");
        body.putObject("metadata").put("next", to < s.results.size() ? next(request, to) : "");
        ArrayNode data = body.putObject("results").putArray("data");
        for (JsonNode row : s.results.subList(Math.min(from, to), to)) {
            data.add(row);
        }
        return FakeResponse.json(200, body);
    }

    private static int offset(FakeRequest request) {
        String token = request.param("page_token").orElse("p0");
        return Integer.parseInt(token.substring(1));
    }

    /** The request's own URL with every parameter kept and the page token moved on. */
    private static String next(FakeRequest request, int offset) {
        StringBuilder url = new StringBuilder(request.origin()).append(request.path()).append('?');
        request.query().entrySet().stream()
                .filter(e -> !e.getKey().equals("page_token"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e ->
                                url.append(encode(e.getKey()))
                                        .append('=')
                                        .append(encode(e.getValue()))
                                        .append('&'));
        return url.append("page_token=p").append(offset).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
