package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Statements API ({@code /sql/v1/organizations/{org}/environments/{env}/statements}) as plain
 * calls: reads are retried inside the call deadline, a create is sent once (its caller reconciles),
 * and every error answer becomes a {@link PlatformException}.
 */
final class StatementsClient {

    private final ConfluentHttp http;
    private final Credentials credentials;
    private final int pageSize;
    private final URI collection;

    StatementsClient(ConfluentHttp http, ConfluentSettings settings) {
        this.http = http;
        this.credentials = settings.flinkApi();
        this.pageSize = settings.pageSize();
        this.collection =
                URI.create(
                        settings.statementsBaseUrl()
                                + "/sql/v1/organizations/"
                                + encode(settings.organizationId())
                                + "/environments/"
                                + encode(settings.environmentId())
                                + "/statements");
    }

    /** The statement as the platform has it; empty on 404. */
    Optional<JsonNode> get(String name) {
        HttpResult r =
                http.send(HttpCall.get(statement(name), credentials, "Reading statement"), name);
        if (r.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(success(r, name));
    }

    /** The POST of a new statement; sent once by its caller, which reconciles a lost answer. */
    HttpCall create(ObjectNode body) {
        return HttpCall.withBody(
                "POST", collection, credentials, Json.write(body), "Creating statement");
    }

    /** PUT of a whole statement; retried on 429/5xx. The caller handles 409 (stale version). */
    HttpResult put(String name, ObjectNode body, String action) {
        return http.send(
                HttpCall.withBody("PUT", statement(name), credentials, Json.write(body), action),
                name);
    }

    /** DELETE; a statement that is not there is not an error. */
    void delete(String name) {
        HttpResult r =
                http.send(
                        HttpCall.delete(statement(name), credentials, "Deleting statement"), name);
        if (r.status() != 404) {
            success(r, name);
        }
    }

    /**
     * Every statement carrying the labels (server side, {@code label_selector}) on the pool, all
     * pages: {@code metadata.next} is followed until it is empty (or repeats).
     */
    List<JsonNode> list(Map<String, String> labels, Optional<String> computePoolId) {
        StringBuilder query = new StringBuilder("?page_size=").append(pageSize);
        if (!labels.isEmpty()) {
            String selector =
                    labels.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(","));
            query.append("&label_selector=").append(encode(selector));
        }
        computePoolId.ifPresent(p -> query.append("&spec.compute_pool_id=").append(encode(p)));
        List<JsonNode> statements = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> next = Optional.of(URI.create(collection + query.toString()));
        while (next.isPresent() && seen.add(next.get())) {
            HttpResult r =
                    http.send(HttpCall.get(next.get(), credentials, "Listing statements"), null);
            JsonNode page = success(r, null);
            page.path("data").forEach(statements::add);
            next = ConfluentHttp.nextLink(r, page, null);
        }
        return statements;
    }

    /** A page of results: the first, or the one {@code token} (a {@code metadata.next}) names. */
    JsonNode results(String name, Optional<String> token) {
        URI first = URI.create(statement(name) + "/results");
        URI uri = token.map(t -> resultsLink(name, first, t)).orElse(first);
        HttpResult r = http.send(HttpCall.get(uri, credentials, "Reading results"), name);
        return success(r, name);
    }

    /** The statement's recent exceptions ({@code data[]}). */
    JsonNode exceptions(String name) {
        URI uri = URI.create(statement(name) + "/exceptions");
        return success(http.send(HttpCall.get(uri, credentials, "Reading exceptions"), name), name);
    }

    private URI resultsLink(String name, URI first, String token) {
        URI uri;
        try {
            uri = first.resolve(token);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || !ConfluentHttp.sameOrigin(first, uri)
                || !first.getPath().equals(uri.getPath())) {
            throw new PlatformException(
                    Reason.INVALID_REQUEST,
                    name,
                    "The page token is not a results link of this statement ("
                            + first
                            + "): "
                            + token);
        }
        return uri;
    }

    private URI statement(String name) {
        return URI.create(collection + "/" + encode(name));
    }

    private static JsonNode success(HttpResult r, String subject) {
        if (!r.isSuccess()) {
            throw ApiErrors.toException(r, subject);
        }
        return Json.read(r, subject);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
