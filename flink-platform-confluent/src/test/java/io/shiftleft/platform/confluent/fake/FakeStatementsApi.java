package io.shiftleft.platform.confluent.fake;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's Statements API, in memory, answering as the documented {@code sql/v1} does: create 201
 * (409 on a taken name), get 200/404, list with {@code page_size} (at most 100), {@code
 * page_token}, {@code label_selector}, {@code spec.compute_pool_id} and an absolute {@code
 * metadata.next}; PUT 202 with a {@code resource_version} check (409 when stale), delete 202, then
 * DELETING, then 404; results and exceptions. Its knobs let tests shape what it does.
 */
public final class FakeStatementsApi {

    private static final Pattern NAME =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    final Clock clock;
    final String prefix;
    private final String org;
    private final String env;
    final Map<String, FakeStatement> statements = new LinkedHashMap<>();
    private Duration pendingFor = Duration.ofSeconds(2);
    private Duration stopDelay = Duration.ofSeconds(1);
    private Duration deleteDelay = Duration.ofSeconds(1);
    private int concurrentUpdates;
    int resultsPageSize = 2;
    private int creates;
    private final List<JsonNode> putBodies = new ArrayList<>();

    FakeStatementsApi(Clock clock, String org, String env) {
        this.clock = clock;
        this.org = org;
        this.env = env;
        this.prefix = "/sql/v1/organizations/" + org + "/environments/" + env + "/statements";
    }

    // ---- knobs and inspection, for tests ----

    /** How long statements stay PENDING, STOPPING and DELETING. */
    public synchronized FakeStatementsApi delays(Duration pending, Duration stop, Duration delete) {
        this.pendingFor = pending;
        this.stopDelay = stop;
        this.deleteDelay = delete;
        return this;
    }

    /** The statement shows this phase (null: its own again). */
    public synchronized void forcePhase(String name, String rawPhase) {
        statement(name).forcedPhase = rawPhase;
    }

    /** The next {@code n} PUTs meet a concurrent change: their version is stale (409). */
    public synchronized void concurrentUpdates(int n) {
        concurrentUpdates = n;
    }

    /** Results of the statement: columns, and rows of (op, values...). */
    public synchronized void seedResults(String name, List<String> columns, List<JsonNode> rows) {
        FakeStatement s = statement(name);
        s.columns.addAll(columns);
        s.results.addAll(rows);
    }

    public synchronized void addException(String name, JsonNode exception) {
        statement(name).exceptions.add(exception);
    }

    public synchronized int count() {
        sweep();
        return statements.size();
    }

    public synchronized boolean exists(String name) {
        sweep();
        return statements.containsKey(name);
    }

    /** How many POSTs created a statement. */
    public synchronized int creates() {
        return creates;
    }

    public synchronized List<JsonNode> putBodies() {
        return List.copyOf(putBodies);
    }

    public synchronized String phaseOf(String name) {
        sweep();
        return statement(name).visiblePhase();
    }

    public synchronized Map<String, String> propertiesOf(String name) {
        return statement(name).properties;
    }

    public synchronized String computePoolOf(String name) {
        return statement(name).computePoolId;
    }

    public synchronized String principalOf(String name) {
        return statement(name).principal;
    }

    public synchronized Map<String, String> labelsOf(String name) {
        return statement(name).labels;
    }

    /** Forgets every statement and restores the default delays (2 s, 1 s, 1 s). */
    public synchronized void clear() {
        statements.clear();
        pendingFor = Duration.ofSeconds(2);
        stopDelay = Duration.ofSeconds(1);
        deleteDelay = Duration.ofSeconds(1);
        resultsPageSize = 2;
        putBodies.clear();
        creates = 0;
        concurrentUpdates = 0;
    }

    // ---- the API ----

    synchronized FakeResponse handle(FakeRequest request) {
        String rest = request.path().substring(prefix.length());
        if (rest.isEmpty() || rest.equals("/")) {
            return switch (request.method()) {
                case "GET" -> {
                    sweep();
                    yield FakeStatementLists.list(this, request);
                }
                case "POST" -> create(request);
                default -> FakeResponse.error(405, "method_not_allowed", "Not allowed here");
            };
        }
        String[] parts = rest.substring(1).split("/");
        FakeStatement s = statements.get(parts[0]);
        // Only the statement asked about ages here: a benchmark keeps thousands.
        if (s != null && s.advance(clock.instant(), pendingFor, stopDelay, deleteDelay)) {
            statements.remove(parts[0]);
            s = null;
        }
        if (s == null) {
            return FakeResponse.error(
                    404, "not_found", "Statement '" + parts[0] + "' was not found");
        }
        if (parts.length == 2 && parts[1].equals("results") && request.method().equals("GET")) {
            return FakeStatementLists.results(this, s, request);
        }
        if (parts.length == 2 && parts[1].equals("exceptions") && request.method().equals("GET")) {
            ObjectNode body = FakeResponse.JSON.createObjectNode();
            body.put("kind", "StatementExceptionList");
            s.exceptions.forEach(body.putArray("data")::add);
            return FakeResponse.json(200, body);
        }
        if (parts.length != 1) {
            return FakeResponse.error(404, "not_found", "No such path: " + request.path());
        }
        return switch (request.method()) {
            case "GET" -> FakeResponse.json(200, render(s, request));
            case "PUT" -> put(s, request);
            case "DELETE" -> {
                s.delete(clock.instant());
                yield FakeResponse.empty(202);
            }
            default -> FakeResponse.error(405, "method_not_allowed", "Not allowed here");
        };
    }

    ObjectNode render(FakeStatement s, FakeRequest request) {
        return s.toJson(org, env, request.origin() + prefix + "/" + s.name);
    }

    private FakeResponse create(FakeRequest request) {
        JsonNode body;
        try {
            body = FakeResponse.JSON.readTree(request.body());
        } catch (JacksonException e) {
            return FakeResponse.error(400, "invalid_json", "The body is not JSON");
        }
        String name = body.path("name").asString("");
        String sql = body.path("spec").path("statement").asString("");
        if (!NAME.matcher(name).matches() || name.length() > 100) {
            return FakeResponse.error(400, "invalid_name", "name '" + name + "' is not valid");
        }
        if (sql.isBlank()) {
            return FakeResponse.error(400, "invalid_statement", "spec.statement is required");
        }
        Map<String, String> properties = strings(body.path("spec").path("properties"));
        for (String key : properties.keySet()) {
            if (!key.startsWith("sql.") && !key.startsWith("client.")) {
                return FakeResponse.error(
                        400, "invalid_property", "Property '" + key + "' is not supported.");
            }
        }
        if (statements.containsKey(name)) {
            return FakeResponse.error(
                            409,
                            "resource_already_exists",
                            "A statement named '" + name + "' already exists.")
                    .withHeader("Location", request.origin() + prefix + "/" + name);
        }
        JsonNode spec = body.path("spec");
        FakeStatement s =
                new FakeStatement(
                        name,
                        sql,
                        properties,
                        strings(body.path("metadata").path("labels")),
                        spec.path("compute_pool_id").asString(null),
                        // Without one, the platform infers the principal from the API key.
                        spec.path("principal").asString("sa-fake"),
                        clock.instant());
        statements.put(name, s);
        creates++;
        return FakeResponse.json(201, render(s, request));
    }

    private FakeResponse put(FakeStatement s, FakeRequest request) {
        JsonNode body = FakeResponse.JSON.readTree(request.body());
        putBodies.add(body);
        String version = body.path("metadata").path("resource_version").asString("");
        if (version.isEmpty()) {
            return FakeResponse.error(400, "invalid_body", "metadata.resource_version is required");
        }
        if (concurrentUpdates > 0) {
            concurrentUpdates--;
            s.version++;
        }
        if (!version.equals(Long.toString(s.version))) {
            return FakeResponse.error(
                    409,
                    "conflict",
                    "resource_version " + version + " is stale; the statement is at " + s.version);
        }
        JsonNode spec = body.path("spec");
        if (!spec.path("statement").asString("").equals(s.sql)) {
            return FakeResponse.error(400, "invalid_body", "spec.statement cannot be changed");
        }
        String pool = spec.path("compute_pool_id").asString(null);
        String principal = spec.path("principal").asString(null);
        boolean moves =
                (pool != null && !pool.equals(s.computePoolId))
                        || (principal != null && !principal.equals(s.principal));
        if (moves && !s.phase.equals("STOPPED")) {
            return FakeResponse.error(
                    400,
                    "invalid_body",
                    "The compute pool and principal can change only on a STOPPED statement");
        }
        s.computePoolId = pool;
        s.principal = principal;
        boolean stop = spec.path("stopped").asBoolean(false);
        if (stop && !s.stopped) {
            s.stop(clock.instant());
        } else if (!stop && (s.stopped || s.phase.equals("STOPPED"))) {
            s.resume(clock.instant());
        }
        return FakeResponse.empty(202);
    }

    /** Advances every statement and forgets those whose delete has finished. */
    void sweep() {
        statements
                .values()
                .removeIf(s -> s.advance(clock.instant(), pendingFor, stopDelay, deleteDelay));
    }

    private FakeStatement statement(String name) {
        FakeStatement s = statements.get(name);
        if (s == null) {
            throw new IllegalArgumentException("The fake has no statement " + name);
        }
        return s;
    }

    static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }
}
