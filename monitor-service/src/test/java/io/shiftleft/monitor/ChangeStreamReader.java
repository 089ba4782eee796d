package io.shiftleft.monitor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A client of the server-sent-events stream that keeps every line it receives. */
final class ChangeStreamReader implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    ChangeStreamReader(String url) {
        response =
                HttpClient.newHttpClient()
                        .sendAsync(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Accept", "text/event-stream")
                                        .build(),
                                HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(lines::add));
    }

    /** Waits for a line that matches. */
    String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (String line : lines) {
                if (match.test(line)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No matching line on the stream within " + timeout + ": " + lines);
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
