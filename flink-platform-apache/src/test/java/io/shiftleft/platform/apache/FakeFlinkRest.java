package io.shiftleft.platform.apache;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written stand-in for Flink's REST endpoints (JDK HTTP server on a free loopback port):
 * answers canned JSON per path, 404 otherwise, and records every request it got, so a test can say
 * what Flink answers and count what the adapter asked.
 */
final class FakeFlinkRest implements AutoCloseable {

    /** One canned answer. */
    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    FakeFlinkRest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code body} with {@code status} to requests of {@code path} (query included). */
    FakeFlinkRest answer(String path, int status, String body) {
        answers.put(path, new Answer(status, body));
        return this;
    }

    /** "GET /jobs/overview", … in the order they came. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(exchange.getRequestMethod() + " " + path);
        Answer answer =
                answers.getOrDefault(
                        path, new Answer(404, "{\"errors\":[\"Not found: " + path + "\"]}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
