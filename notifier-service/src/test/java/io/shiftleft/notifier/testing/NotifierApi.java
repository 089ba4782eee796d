package io.shiftleft.notifier.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notifier's REST API as a client sees it. */
public final class NotifierApi {

    /** An answer: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode json, String text) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public NotifierApi(String base) {
        this.base = base;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String json) {
        return send(body(path, json).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer patch(String path, String json) {
        return send(body(path, json).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Creates a subscription and expects 201. */
    public JsonNode subscribe(String json) {
        Answer a = post("/api/v1/subscriptions", json);
        if (a.status() != 201) {
            throw new AssertionError(
                    "POST /api/v1/subscriptions answered " + a.status() + ": " + a.text());
        }
        return a.json();
    }

    private HttpRequest.Builder body(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("content-type", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            JsonNode json = text == null || text.isBlank() ? null : JSON.readTree(text);
            return new Answer(r.statusCode(), json, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads JSON text. */
    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
