package io.shiftleft.platform.apache;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the JDK HTTP client for the two Flink REST APIs. Reads (GET) are retried on transport
 * errors and on 429/502/503/504 until the call deadline; writes are sent once, since a lost answer
 * is reconciled by reading state, never by sending again. Flink answers 500 for deterministic
 * errors (bad SQL, an unknown job), so 500 is never retried.
 */
final class JsonHttp {

    private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);

    private final HttpClient client;
    private final JsonMapper mapper;
    private final Duration requestTimeout;
    private final Duration callDeadline;
    private final Backoff backoff;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random = RandomGenerator.getDefault();

    JsonHttp(
            HttpClient client,
            JsonMapper mapper,
            ApacheFlinkSettings settings,
            Clock clock,
            Sleeper sleeper) {
        this.client = client;
        this.mapper = mapper;
        this.requestTimeout = settings.requestTimeout();
        this.callDeadline = settings.callDeadline();
        this.backoff = settings.pollBackoff();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    JsonMapper mapper() {
        return mapper;
    }

    /** GETs {@code uri}, retrying what may pass later, and answers whatever status came last. */
    HttpReply get(URI uri, String action) {
        Instant deadline = clock.instant().plus(callDeadline);
        String describe = action + " (GET " + uri + ")";
        for (int attempt = 0; ; attempt++) {
            Optional<HttpReply> reply = exchange("GET", uri, Optional.empty(), describe, deadline);
            if (reply.isPresent() && !RETRIED.contains(reply.get().status())) {
                return reply.get();
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return reply.orElseThrow(() -> unreachable(describe, null));
            }
            Duration wait = backoff.delay(attempt, random);
            pause(wait.compareTo(left) < 0 ? wait : left, describe);
        }
    }

    /** Sends a write once (POST, PATCH, DELETE), with a JSON body when given. */
    HttpReply send(String method, URI uri, Optional<Object> body, String action) {
        String describe = action + " (" + method + " " + uri + ")";
        Instant deadline = clock.instant().plus(callDeadline);
        return exchange(method, uri, body, describe, deadline)
                .orElseThrow(() -> unreachable(describe, null));
    }

    private Optional<HttpReply> exchange(
            String method, URI uri, Optional<Object> body, String describe, Instant deadline) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .timeout(requestTimeout)
                        .header("Accept", "application/json");
        if (body.isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(
                                    mapper.writeValueAsString(body.get())));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Optional.of(
                    new HttpReply(response.statusCode(), parse(response.body()), describe));
        } catch (IOException e) {
            if (!"GET".equals(method) || !clock.instant().isBefore(deadline)) {
                throw unreachable(describe, e);
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(
                    PlatformException.Reason.UNAVAILABLE,
                    null,
                    describe + " was interrupted",
                    null,
                    e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(text);
        } catch (JacksonException e) {
            return mapper.createObjectNode().put("text", text);
        }
    }

    private void pause(Duration wait, String describe) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(
                    PlatformException.Reason.UNAVAILABLE,
                    null,
                    describe + " was interrupted while waiting to retry",
                    null,
                    e);
        }
    }

    private static PlatformException unreachable(String describe, IOException cause) {
        return new PlatformException(
                PlatformException.Reason.UNAVAILABLE,
                null,
                describe + " failed: " + (cause == null ? "no answer" : cause.toString()),
                null,
                cause);
    }
}
