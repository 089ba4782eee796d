package io.shiftleft.notifier.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers with a script per path (a
 * status, optionally with Retry-After or a delay; 200 once the script is used up).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Request(
            String path,
            Map<String, String> headers,
            String body,
            Instant receivedAt,
            long receivedNanos,
            int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** Whether its Standard Webhooks signature is valid under the secret. */
        public boolean signedWith(String secret) {
            return Signatures.valid(
                    secret,
                    header("webhook-id"),
                    header("webhook-timestamp"),
                    body,
                    header("webhook-signature"));
        }
    }

    /** One scripted answer. */
    public record Answer(int status, String retryAfter, long delayMillis) {
        public static Answer status(int status) {
            return new Answer(status, null, 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private volatile Answer otherwise = Answer.status(200);

    public WebhookReceiver(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public WebhookReceiver() throws IOException {
        this(8);
    }

    /** The URL of a path on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests to the path with these, in order. */
    public void script(String path, Answer... answers) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** The answer once scripts are used up (200 by default). */
    public void otherwise(Answer answer) {
        this.otherwise = answer;
    }

    /** Every request so far. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests to a path. */
    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests matching. */
    public List<Request> requests(Predicate<Request> match) {
        return requests().stream().filter(match).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long nanos = System.nanoTime();
            Instant at = Instant.now();
            String path = exchange.getRequestURI().getPath();
            Deque<Answer> script = scripts.get(path);
            Answer answer = null;
            if (script != null) {
                synchronized (script) {
                    answer = script.poll();
                }
            }
            if (answer == null) {
                answer = otherwise;
            }
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach(
                            (k, v) ->
                                    headers.put(
                                            k.toLowerCase(java.util.Locale.ROOT),
                                            String.join(",", v)));
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
            }
            if (answer.status() >= 300 && answer.status() < 400) {
                exchange.getResponseHeaders().set("Location", "http://127.0.0.1:1/elsewhere");
            }
            // Recorded before the answer goes out: a sender that has its answer finds it here.
            requests.add(new Request(path, Map.copyOf(headers), body, at, nanos, answer.status()));
            byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
