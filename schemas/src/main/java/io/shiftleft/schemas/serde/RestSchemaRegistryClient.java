package io.shiftleft.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftleft.schemas.serde.SchemaRegistryException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * {@link SchemaRegistryClient} over HTTP, for any server that speaks the Confluent Schema Registry
 * REST API. Ids and schemas are cached: a schema is registered or looked up once per subject, and
 * an id is fetched once. URLs are tried in order when one does not answer or answers 5xx.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AvroSerdeConfig config;
    private final HttpClient http;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(AvroSerdeConfig config) {
        this.config = config;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(config.requestTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public int register(String subject, Schema schema) {
        return idsBySubject
                .computeIfAbsent(subject, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        schema,
                        s -> {
                            JsonNode answer =
                                    call(
                                            "POST",
                                            "/subjects/" + encode(subject) + "/versions",
                                            schemaBody(s),
                                            Lookup.SUBJECT,
                                            "register a schema under subject '" + subject + "'");
                            int id = answer.path("id").asInt(-1);
                            schemasById.putIfAbsent(id, s);
                            return id;
                        });
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return idsBySubject
                .computeIfAbsent(subject, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        schema,
                        s -> {
                            JsonNode answer =
                                    call(
                                            "POST",
                                            "/subjects/" + encode(subject),
                                            schemaBody(s),
                                            Lookup.SUBJECT,
                                            "look up a schema under subject '" + subject + "'");
                            int id = answer.path("id").asInt(-1);
                            schemasById.putIfAbsent(id, s);
                            return id;
                        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(
                id,
                i -> {
                    JsonNode answer =
                            call(
                                    "GET",
                                    "/schemas/ids/" + i,
                                    null,
                                    Lookup.ID,
                                    "fetch the schema with id " + i);
                    return parse(answer, "schema id " + i);
                });
    }

    @Override
    public Optional<RegisteredSchema> latest(String subject) {
        try {
            JsonNode answer =
                    call(
                            "GET",
                            "/subjects/" + encode(subject) + "/versions/latest",
                            null,
                            Lookup.SUBJECT,
                            "fetch the latest schema of subject '" + subject + "'");
            Schema schema = parse(answer, "subject '" + subject + "'");
            int id = answer.path("id").asInt(-1);
            schemasById.putIfAbsent(id, schema);
            return Optional.of(
                    new RegisteredSchema(subject, answer.path("version").asInt(), id, schema));
        } catch (SchemaRegistryException e) {
            if (e.reason() == Reason.UNKNOWN_SUBJECT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode answer =
                    call(
                            "POST",
                            "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                            schemaBody(schema),
                            Lookup.SUBJECT,
                            "check compatibility with subject '" + subject + "'");
            return answer.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.reason() == Reason.UNKNOWN_SUBJECT) {
                return true; // nothing registered yet: anything is compatible
            }
            throw e;
        }
    }

    /** What a 404 means for the call being made. */
    private enum Lookup {
        ID,
        SUBJECT
    }

    private JsonNode call(String method, String path, String body, Lookup lookup, String what) {
        List<String> failures = new ArrayList<>();
        for (String base : config.registryUrls()) {
            HttpRequest request = request(method, base + path, body);
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.add(base + " (" + describe(e) + ")");
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(
                        Reason.UNREACHABLE, "Interrupted while trying to " + what, 0, 0, e);
            }
            int status = response.statusCode();
            if (status >= 500) {
                failures.add(base + " (HTTP " + status + ": " + abbreviate(response.body()) + ")");
                continue;
            }
            if (status >= 200 && status < 300) {
                return readJson(response.body(), base + path);
            }
            throw failure(status, response.body(), lookup, what, base);
        }
        throw new SchemaRegistryException(
                Reason.UNREACHABLE,
                "Could not "
                        + what
                        + ": no schema registry answered at "
                        + String.join(", ", failures),
                0,
                0,
                null);
    }

    private HttpRequest request(String method, String url, String body) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(config.requestTimeout())
                        .header("Accept", CONTENT_TYPE + ", application/json");
        if (config.userInfo() != null) {
            String token =
                    Base64.getEncoder()
                            .encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", CONTENT_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static SchemaRegistryException failure(
            int status, String body, Lookup lookup, String what, String base) {
        JsonNode error = tryReadJson(body);
        int code = error.path("error_code").asInt(0);
        String message = error.path("message").asText(abbreviate(body));
        Reason reason =
                switch (status) {
                    case 401, 403 -> Reason.UNAUTHORIZED;
                    case 404 ->
                            lookup == Lookup.ID ? Reason.UNKNOWN_SCHEMA_ID : Reason.UNKNOWN_SUBJECT;
                    case 409 -> Reason.INCOMPATIBLE_SCHEMA;
                    case 422 -> code == 42201 ? Reason.INVALID_SCHEMA : Reason.REGISTRY_ERROR;
                    default -> Reason.REGISTRY_ERROR;
                };
        String explanation =
                switch (reason) {
                    case UNAUTHORIZED -> "the registry refused the credentials";
                    case UNKNOWN_SCHEMA_ID -> "the registry knows no schema with this id";
                    case UNKNOWN_SUBJECT -> "the subject or schema is not registered";
                    case INCOMPATIBLE_SCHEMA ->
                            "the schema is incompatible with the subject's earlier versions";
                    case INVALID_SCHEMA -> "the registry rejected the schema as invalid";
                    default -> "the registry answered with an error";
                };
        return new SchemaRegistryException(
                reason,
                "Could not "
                        + what
                        + " at "
                        + base
                        + ": "
                        + explanation
                        + " (HTTP "
                        + status
                        + (code != 0 ? ", error_code " + code : "")
                        + ": "
                        + message
                        + ")",
                status,
                code,
                null);
    }

    private static Schema parse(JsonNode answer, String what) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw new SchemaRegistryException(
                    Reason.INVALID_SCHEMA,
                    "The registry holds a " + type + " schema for " + what + ", not an Avro one",
                    200,
                    0,
                    null);
        }
        try {
            return new Schema.Parser().parse(answer.path("schema").asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(
                    Reason.INVALID_SCHEMA,
                    "The registry returned an unparsable Avro schema for "
                            + what
                            + ": "
                            + e.getMessage(),
                    200,
                    0,
                    e);
        }
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    private static JsonNode readJson(String body, String url) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException(
                    Reason.REGISTRY_ERROR,
                    "The registry at "
                            + url
                            + " answered with something that is not JSON: "
                            + abbreviate(body),
                    200,
                    0,
                    e);
        }
    }

    private static JsonNode tryReadJson(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
