package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The adapter's HTTP exchanges over the JDK {@link HttpClient}: Basic authentication, JSON, the
 * {@code X-Request-Id} and {@code Retry-After} of each answer, redirects followed by hand (at most
 * five, the credentials re-sent only to HTTPS or to the same origin), and retries of calls that are
 * safe to repeat.
 */
final class ConfluentHttp {

    private static final int MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "shift-left-flink-platform-confluent";

    private final HttpClient client;
    private final Pacing pacing;
    private final Duration requestTimeout;
    private final Duration callDeadline;

    ConfluentHttp(
            HttpClient client, Pacing pacing, Duration requestTimeout, Duration callDeadline) {
        this.client = Objects.requireNonNull(client, "client");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.callDeadline = Objects.requireNonNull(callDeadline, "callDeadline");
    }

    /** A client that follows no redirect itself (this class does, re-adding credentials). */
    static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Pacing pacing() {
        return pacing;
    }

    /** The retries of one call about {@code subject}, bounded by the call deadline. */
    Retries retries(String subject) {
        return new Retries(pacing, callDeadline, subject);
    }

    /**
     * Sends a call that is safe to repeat (GET, PUT of a versioned resource, DELETE, a metrics
     * query) and retries 429, 5xx and transport errors until the deadline.
     *
     * @return the first answer that is not retryable (success or error; the caller decides)
     * @throws PlatformException THROTTLED or UNAVAILABLE when the deadline passes
     */
    HttpResult send(HttpCall call, String subject) {
        Retries retries = retries(subject);
        while (true) {
            HttpResult result;
            try {
                result = once(call);
            } catch (IOException e) {
                retries.after(call, e);
                continue;
            } catch (InterruptedException e) {
                throw interrupted(call, subject, e);
            }
            if (!result.isRetryable()) {
                return result;
            }
            retries.after(result);
        }
    }

    /** Sends once (redirects followed), without retries. */
    HttpResult once(HttpCall call) throws IOException, InterruptedException {
        URI uri = call.uri();
        String method = call.method();
        for (int hop = 0; ; hop++) {
            HttpRequest request = request(method, uri, call);
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (hop < MAX_REDIRECTS && location.isPresent() && followsRedirect(status, method)) {
                URI next = uri.resolve(location.get());
                if (mayFollow(call.uri(), next)) {
                    uri = next;
                    continue;
                }
            }
            HttpCall answered =
                    new HttpCall(method, uri, call.credentials(), call.body(), call.action());
            return new HttpResult(
                    answered,
                    status,
                    response.body(),
                    response.headers().firstValue("X-Request-Id"),
                    retryAfter(response.headers(), status));
        }
    }

    static PlatformException interrupted(HttpCall call, String subject, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PlatformException(
                PlatformException.Reason.UNAVAILABLE,
                subject,
                "Interrupted during " + call.describe(),
                null,
                e);
    }

    private HttpRequest request(String method, URI uri, HttpCall call) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri)
                        .timeout(requestTimeout)
                        .header("Accept", "application/json")
                        .header("User-Agent", USER_AGENT)
                        .header("Authorization", call.credentials().authorization());
        if (call.body().isPresent()) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(call.body().get()));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if ("http".equals(uri.getScheme())) {
            // Plain HTTP (local fakes, proxies): no h2c upgrade dance.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private static boolean followsRedirect(int status, String method) {
        return status == 307
                || status == 308
                || (status >= 301 && status <= 303 && "GET".equals(method));
    }

    /** Credentials go to HTTPS targets (as the Confluent CLI does) or back to the same origin. */
    private static boolean mayFollow(URI origin, URI target) {
        return "https".equals(target.getScheme()) || sameOrigin(origin, target);
    }

    /**
     * {@code metadata.next} of a page, resolved against the URL that answered; empty at the end.
     *
     * @throws PlatformException UNAVAILABLE when it points to another origin (never followed, the
     *     credentials would go with it)
     */
    static Optional<URI> nextLink(HttpResult r, JsonNode page, String subject) {
        Optional<String> next = Json.text(page.path("metadata"), "next");
        if (next.isEmpty()) {
            return Optional.empty();
        }
        URI uri = r.call().uri().resolve(next.get());
        if (!sameOrigin(r.call().uri(), uri)) {
            throw new PlatformException(
                    PlatformException.Reason.UNAVAILABLE,
                    subject,
                    r.call().describe()
                            + " answered a next-page link to another origin, not followed: "
                            + uri,
                    r.requestId().orElse(null),
                    null);
        }
        return Optional.of(uri);
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private Optional<Duration> retryAfter(HttpHeaders headers, int status) {
        Optional<Duration> retryAfter = headers.firstValue("Retry-After").flatMap(this::parseWait);
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        // Compute pools: relative seconds until the window resets.
        return headers.firstValue("X-RateLimit-Reset").flatMap(this::parseSeconds);
    }

    private Optional<Duration> parseWait(String value) {
        Optional<Duration> seconds = parseSeconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            ZonedDateTime at =
                    ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(pacing.clock().instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> parseSeconds(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
}
