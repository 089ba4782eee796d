package io.shiftleft.platform.confluent.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's compute pools ({@code /fcpm/v2/compute-pools}): list (the {@code environment}
 * parameter required, {@code spec.region}, paging), get, create 202 (PROVISIONING, PROVISIONED at
 * the next read; 409 on a taken display name), PATCH of {@code max_cfu} 200, delete 204 or 404.
 */
public final class FakePoolsApi {

    static final String PREFIX = "/fcpm/v2/compute-pools";

    private final String env;
    private final Map<String, ObjectNode> pools = new LinkedHashMap<>();
    private int next = 1;

    FakePoolsApi(String env) {
        this.env = env;
    }

    /** Adds a provisioned pool; answers its id. */
    public synchronized String add(String name, int currentCfu, int maxCfu, String region) {
        ObjectNode pool = pool(name, maxCfu, "AWS", region);
        ((ObjectNode) pool.get("status"))
                .put("phase", "PROVISIONED")
                .put("current_cfu", currentCfu);
        return pool.path("id").asString();
    }

    public synchronized int count() {
        return pools.size();
    }

    public synchronized void clear() {
        pools.clear();
    }

    synchronized FakeResponse handle(FakeRequest request) {
        String rest = request.path().substring(PREFIX.length());
        if (rest.isEmpty()) {
            return request.method().equals("POST") ? create(request) : list(request);
        }
        String id = rest.substring(1);
        ObjectNode pool = pools.get(id);
        if (pool == null) {
            return FakeResponse.error(404, "not_found", "Compute pool '" + id + "' was not found");
        }
        switch (request.method()) {
            case "GET":
                if (!env.equals(request.param("environment").orElse(""))) {
                    return FakeResponse.error(400, "invalid_parameter", "environment is required");
                }
                ((ObjectNode) pool.get("status")).put("phase", "PROVISIONED");
                return FakeResponse.json(200, pool);
            case "PATCH":
                JsonNode spec = FakeResponse.JSON.readTree(request.body()).path("spec");
                if (!env.equals(spec.path("environment").path("id").asString(""))) {
                    return FakeResponse.error(
                            400, "invalid_body", "spec.environment.id is required");
                }
                ((ObjectNode) pool.get("spec")).put("max_cfu", spec.path("max_cfu").asInt());
                return FakeResponse.json(200, pool);
            case "DELETE":
                pools.remove(id);
                return FakeResponse.empty(204);
            default:
                return FakeResponse.error(405, "method_not_allowed", "Not allowed here");
        }
    }

    private FakeResponse list(FakeRequest request) {
        if (!env.equals(request.param("environment").orElse(""))) {
            return FakeResponse.error(400, "invalid_parameter", "environment is required");
        }
        String region = request.param("spec.region").orElse(null);
        int size = Integer.parseInt(request.param("page_size").orElse("10"));
        List<ObjectNode> matching =
                pools.values().stream()
                        .filter(
                                p ->
                                        region == null
                                                || region.equals(
                                                        p.path("spec").path("region").asString()))
                        .toList();
        int from = Integer.parseInt(request.param("page_token").orElse("0"));
        int to = Math.min(matching.size(), from + size);
        ObjectNode body = FakeResponse.JSON.createObjectNode();
        body.put("api_version", "fcpm/v2");
        body.put("kind", "ComputePoolList");
        String next =
                request.origin()
                        + PREFIX
                        + "?environment="
                        + env
                        + (region == null
                                ? ""
                                : "&spec.region="
                                        + URLEncoder.encode(region, StandardCharsets.UTF_8))
                        + "&page_size="
                        + size
                        + "&page_token="
                        + to;
        body.putObject("metadata").put("next", to < matching.size() ? next : "");
        matching.subList(from, to).forEach(body.putArray("data")::add);
        return FakeResponse.json(200, body);
    }

    private FakeResponse create(FakeRequest request) {
        JsonNode spec = FakeResponse.JSON.readTree(request.body()).path("spec");
        String name = spec.path("display_name").asString("");
        if (pools.values().stream()
                .anyMatch(p -> p.path("spec").path("display_name").asString().equals(name))) {
            return FakeResponse.error(
                    409, "resource_already_exists", "Compute pool '" + name + "' already exists.");
        }
        if (!env.equals(spec.path("environment").path("id").asString(""))) {
            return FakeResponse.error(400, "invalid_body", "spec.environment.id is required");
        }
        ObjectNode pool =
                pool(
                        name,
                        spec.path("max_cfu").asInt(),
                        spec.path("cloud").asString(),
                        spec.path("region").asString());
        return FakeResponse.json(202, pool);
    }

    private ObjectNode pool(String name, int maxCfu, String cloud, String region) {
        String id = "lfcp-fake" + next++;
        ObjectNode pool = FakeResponse.JSON.createObjectNode();
        pool.put("api_version", "fcpm/v2");
        pool.put("kind", "ComputePool");
        pool.put("id", id);
        ObjectNode spec = pool.putObject("spec");
        spec.put("display_name", name);
        spec.put("cloud", cloud);
        spec.put("region", region);
        spec.put("max_cfu", maxCfu);
        spec.putObject("environment").put("id", env);
        pool.putObject("status").put("phase", "PROVISIONING").put("current_cfu", 0);
        pools.put(id, pool);
        return pool;
    }
}
