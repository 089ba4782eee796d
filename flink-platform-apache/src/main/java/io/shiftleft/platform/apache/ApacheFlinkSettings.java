package io.shiftleft.platform.apache;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.StatementNames;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the Apache Flink adapter calls and how long it waits. Build it with {@link #builder()}, or
 * with {@link #fromEnvironment(Map)} from {@code SHIFTLEFT_FLINK_*} variables.
 *
 * @param gatewayUrl the SQL Gateway REST endpoint, e.g. {@code http://127.0.0.1:8083}
 * @param restUrl the JobManager REST API of the cluster the gateway submits to, e.g. {@code
 *     http://127.0.0.1:8081}
 * @param gatewayApiVersion the pinned gateway API version: {@code v1} to {@code v4} ({@code v3} by
 *     default; {@code v2} or later is needed for the job id in results)
 * @param sessionProperties properties of the gateway session every statement runs in (e.g. {@code
 *     execution.runtime-mode})
 * @param sessionInitSql statements run in every new gateway session before the stored DDL is
 *     replayed, in order (e.g. the {@code CREATE TABLE} of a pre-provisioned topic that statements
 *     read but no statement creates); a failure names the statement and stops the session opening
 * @param savepointDirectory where stop-with-savepoint writes; empty for the cluster's {@code
 *     state.savepoints.dir}
 * @param requestTimeout how long one HTTP exchange may take
 * @param callDeadline how long one read may spend retrying an unreachable or overloaded server
 * @param operationTimeout how long a gateway operation (a DDL, the submission of a DML) may take
 * @param deleteTimeout how long a delete waits for a cancelled job to end
 * @param pollBackoff the waits between looks at an operation or a job inside one call
 * @param maxNameLength the longest statement name accepted
 */
public record ApacheFlinkSettings(
        URI gatewayUrl,
        URI restUrl,
        String gatewayApiVersion,
        Map<String, String> sessionProperties,
        List<String> sessionInitSql,
        Optional<String> savepointDirectory,
        Duration requestTimeout,
        Duration callDeadline,
        Duration operationTimeout,
        Duration deleteTimeout,
        Backoff pollBackoff,
        int maxNameLength) {

    public ApacheFlinkSettings {
        gatewayUrl = requireHttp(gatewayUrl, "gatewayUrl");
        restUrl = requireHttp(restUrl, "restUrl");
        Objects.requireNonNull(gatewayApiVersion, "gatewayApiVersion");
        if (!gatewayApiVersion.matches("v[1-9]")) {
            throw new IllegalArgumentException(
                    "ApacheFlinkSettings.gatewayApiVersion must look like v3, was "
                            + gatewayApiVersion);
        }
        sessionProperties = Map.copyOf(sessionProperties);
        sessionInitSql = List.copyOf(sessionInitSql);
        Objects.requireNonNull(savepointDirectory, "savepointDirectory");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(callDeadline, "callDeadline");
        requirePositive(operationTimeout, "operationTimeout");
        requirePositive(deleteTimeout, "deleteTimeout");
        Objects.requireNonNull(pollBackoff, "pollBackoff");
        if (maxNameLength < 1) {
            throw new IllegalArgumentException(
                    "ApacheFlinkSettings.maxNameLength must be positive, was " + maxNameLength);
        }
    }

    /**
     * A builder with the defaults: API v3, 30 s per request, 60 s per read, 2 min per operation, 5
     * min per delete, polls from 100 ms up to 2 s, names of at most 72 characters.
     */
    public static Builder builder(URI gatewayUrl, URI restUrl) {
        return new Builder(gatewayUrl, restUrl);
    }

    /**
     * Settings from {@code SHIFTLEFT_FLINK_GATEWAY_URL} and {@code SHIFTLEFT_FLINK_REST_URL}
     * (required), and {@code SHIFTLEFT_FLINK_SAVEPOINT_DIR} (optional).
     *
     * @throws IllegalArgumentException naming the variable that is missing
     */
    public static ApacheFlinkSettings fromEnvironment(Map<String, String> env) {
        Builder builder =
                builder(
                        URI.create(required(env, "SHIFTLEFT_FLINK_GATEWAY_URL")),
                        URI.create(required(env, "SHIFTLEFT_FLINK_REST_URL")));
        Optional.ofNullable(env.get("SHIFTLEFT_FLINK_SAVEPOINT_DIR"))
                .filter(s -> !s.isBlank())
                .ifPresent(builder::savepointDirectory);
        return builder.build();
    }

    private static String required(Map<String, String> env, String key) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "The environment variable " + key + " is required by the Apache Flink adapter");
        }
        return value;
    }

    private static URI requireHttp(URI uri, String field) {
        Objects.requireNonNull(uri, field);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "ApacheFlinkSettings." + field + " must be an http(s) URL, was " + uri);
        }
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private static void requirePositive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "ApacheFlinkSettings." + field + " must be positive, was " + value);
        }
    }

    /** Builds {@link ApacheFlinkSettings}, starting from the defaults. */
    public static final class Builder {
        private final URI gatewayUrl;
        private final URI restUrl;
        private String gatewayApiVersion = "v3";
        private Map<String, String> sessionProperties = Map.of();
        private List<String> sessionInitSql = List.of();
        private Optional<String> savepointDirectory = Optional.empty();
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration callDeadline = Duration.ofSeconds(60);
        private Duration operationTimeout = Duration.ofMinutes(2);
        private Duration deleteTimeout = Duration.ofMinutes(5);
        private Backoff pollBackoff =
                new Backoff(Duration.ofMillis(100), 1.5, 0.1, Duration.ofSeconds(2));
        private int maxNameLength = StatementNames.MAX_LENGTH;

        private Builder(URI gatewayUrl, URI restUrl) {
            this.gatewayUrl = gatewayUrl;
            this.restUrl = restUrl;
        }

        public Builder gatewayApiVersion(String value) {
            this.gatewayApiVersion = value;
            return this;
        }

        public Builder sessionProperties(Map<String, String> value) {
            this.sessionProperties = value;
            return this;
        }

        public Builder sessionInitSql(List<String> value) {
            this.sessionInitSql = value;
            return this;
        }

        public Builder savepointDirectory(String value) {
            this.savepointDirectory = Optional.of(value);
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder callDeadline(Duration value) {
            this.callDeadline = value;
            return this;
        }

        public Builder operationTimeout(Duration value) {
            this.operationTimeout = value;
            return this;
        }

        public Builder deleteTimeout(Duration value) {
            this.deleteTimeout = value;
            return this;
        }

        public Builder pollBackoff(Backoff value) {
            this.pollBackoff = value;
            return this;
        }

        public Builder maxNameLength(int value) {
            this.maxNameLength = value;
            return this;
        }

        public ApacheFlinkSettings build() {
            return new ApacheFlinkSettings(
                    gatewayUrl,
                    restUrl,
                    gatewayApiVersion,
                    sessionProperties,
                    sessionInitSql,
                    savepointDirectory,
                    requestTimeout,
                    callDeadline,
                    operationTimeout,
                    deleteTimeout,
                    pollBackoff,
                    maxNameLength);
        }
    }
}
