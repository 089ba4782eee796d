package io.shiftleft.platform.confluent;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom the Confluent Cloud adapter calls, and how long it waits. Build it with {@link
 * #builder()} from configuration, or with {@link #fromEnvironment(Map)} from {@code
 * SHIFTLEFT_CCF_*} variables. Secrets live in {@link Credentials}, whose {@code toString} redacts
 * them.
 *
 * @param organizationId the organization (a UUID)
 * @param environmentId the environment ({@code env-…})
 * @param statementsBaseUrl the regional Flink SQL endpoint, e.g. {@code
 *     https://flink.us-east-1.aws.confluent.cloud}; the adapter appends {@code /sql/v1/…}
 * @param cloudApiBaseUrl the Cloud API for compute pools; the adapter appends {@code /fcpm/v2/…}
 * @param metricsApiBaseUrl the metrics API; the adapter appends {@code /v2/metrics/cloud/query}
 * @param flinkApi the Flink API key of the environment and region (statements)
 * @param cloudApi the Cloud API key (compute pools and metrics); empty when those are not used
 * @param defaultComputePoolId the pool of statements whose spec names none; empty for the
 *     environment's default pool
 * @param currentCatalog {@code sql.current-catalog} unless the spec gives it (environment name or
 *     id)
 * @param currentDatabase {@code sql.current-database} unless the spec gives it (cluster name or id)
 * @param requestTimeout how long one HTTP exchange may take
 * @param callDeadline how long one call may spend retrying throttled or failed requests
 * @param deleteTimeout how long a delete may wait for the statement to be gone
 * @param pageSize the page size of list calls, 1 to 100
 */
public record ConfluentSettings(
        String organizationId,
        String environmentId,
        URI statementsBaseUrl,
        URI cloudApiBaseUrl,
        URI metricsApiBaseUrl,
        Credentials flinkApi,
        Optional<Credentials> cloudApi,
        Optional<String> defaultComputePoolId,
        Optional<String> currentCatalog,
        Optional<String> currentDatabase,
        Duration requestTimeout,
        Duration callDeadline,
        Duration deleteTimeout,
        int pageSize) {

    /** The public Cloud API. */
    public static final URI CLOUD_API = URI.create("https://api.confluent.cloud");

    /** The public metrics API. */
    public static final URI METRICS_API = URI.create("https://api.telemetry.confluent.cloud");

    public ConfluentSettings {
        requireText(organizationId, "organizationId");
        requireText(environmentId, "environmentId");
        statementsBaseUrl = requireHttp(statementsBaseUrl, "statementsBaseUrl");
        cloudApiBaseUrl = requireHttp(cloudApiBaseUrl, "cloudApiBaseUrl");
        metricsApiBaseUrl = requireHttp(metricsApiBaseUrl, "metricsApiBaseUrl");
        Objects.requireNonNull(flinkApi, "flinkApi: the Flink API key and secret are required");
        Objects.requireNonNull(cloudApi, "cloudApi");
        Objects.requireNonNull(defaultComputePoolId, "defaultComputePoolId");
        Objects.requireNonNull(currentCatalog, "currentCatalog");
        Objects.requireNonNull(currentDatabase, "currentDatabase");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(callDeadline, "callDeadline");
        requirePositive(deleteTimeout, "deleteTimeout");
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException(
                    "ConfluentSettings.pageSize must be 1 to 100, was " + pageSize);
        }
    }

    /** A builder with the defaults: 30 s per request, 60 s per call, 5 min per delete, 100. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Settings from {@code SHIFTLEFT_CCF_*} variables: {@code ORG_ID}, {@code ENV_ID}, {@code
     * FLINK_URL}, {@code FLINK_API_KEY}, {@code FLINK_API_SECRET} (required); {@code CLOUD_API_KEY}
     * and {@code CLOUD_API_SECRET}, {@code CLOUD_URL}, {@code METRICS_URL}, {@code COMPUTE_POOL},
     * {@code CATALOG}, {@code DATABASE} (optional).
     *
     * @param env the variables, usually {@code System.getenv()}
     * @throws IllegalArgumentException naming the first required variable that is missing
     */
    public static ConfluentSettings fromEnvironment(Map<String, String> env) {
        Builder b =
                builder()
                        .organizationId(required(env, "ORG_ID"))
                        .environmentId(required(env, "ENV_ID"))
                        .statementsBaseUrl(URI.create(required(env, "FLINK_URL")))
                        .flinkApi(
                                new Credentials(
                                        required(env, "FLINK_API_KEY"),
                                        required(env, "FLINK_API_SECRET")));
        optional(env, "CLOUD_URL").map(URI::create).ifPresent(b::cloudApiBaseUrl);
        optional(env, "METRICS_URL").map(URI::create).ifPresent(b::metricsApiBaseUrl);
        Optional<String> cloudKey = optional(env, "CLOUD_API_KEY");
        if (cloudKey.isPresent()) {
            b.cloudApi(new Credentials(cloudKey.get(), required(env, "CLOUD_API_SECRET")));
        }
        optional(env, "COMPUTE_POOL").ifPresent(b::defaultComputePoolId);
        optional(env, "CATALOG").ifPresent(b::currentCatalog);
        optional(env, "DATABASE").ifPresent(b::currentDatabase);
        return b.build();
    }

    private static String required(Map<String, String> env, String suffix) {
        return optional(env, suffix)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Environment variable SHIFTLEFT_CCF_"
                                                + suffix
                                                + " is required for the Confluent Cloud adapter"));
    }

    private static Optional<String> optional(Map<String, String> env, String suffix) {
        return Optional.ofNullable(env.get("SHIFTLEFT_CCF_" + suffix))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ConfluentSettings." + field + " is required");
        }
    }

    private static URI requireHttp(URI uri, String field) {
        Objects.requireNonNull(uri, "ConfluentSettings." + field + " is required");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException(
                    "ConfluentSettings." + field + " must be an http(s) URL, was " + uri);
        }
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "ConfluentSettings." + field + " must be positive, was " + value);
        }
    }

    /** Builds {@link ConfluentSettings}; every setter returns the builder. */
    public static final class Builder {
        private String organizationId;
        private String environmentId;
        private URI statementsBaseUrl;
        private URI cloudApiBaseUrl = CLOUD_API;
        private URI metricsApiBaseUrl = METRICS_API;
        private Credentials flinkApi;
        private Optional<Credentials> cloudApi = Optional.empty();
        private Optional<String> defaultComputePoolId = Optional.empty();
        private Optional<String> currentCatalog = Optional.empty();
        private Optional<String> currentDatabase = Optional.empty();
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration callDeadline = Duration.ofSeconds(60);
        private Duration deleteTimeout = Duration.ofMinutes(5);
        private int pageSize = 100;

        private Builder() {}

        public Builder organizationId(String value) {
            organizationId = value;
            return this;
        }

        public Builder environmentId(String value) {
            environmentId = value;
            return this;
        }

        public Builder statementsBaseUrl(URI value) {
            statementsBaseUrl = value;
            return this;
        }

        public Builder cloudApiBaseUrl(URI value) {
            cloudApiBaseUrl = value;
            return this;
        }

        public Builder metricsApiBaseUrl(URI value) {
            metricsApiBaseUrl = value;
            return this;
        }

        public Builder flinkApi(Credentials value) {
            flinkApi = value;
            return this;
        }

        public Builder cloudApi(Credentials value) {
            cloudApi = Optional.of(value);
            return this;
        }

        public Builder defaultComputePoolId(String value) {
            defaultComputePoolId = Optional.of(value);
            return this;
        }

        public Builder currentCatalog(String value) {
            currentCatalog = Optional.of(value);
            return this;
        }

        public Builder currentDatabase(String value) {
            currentDatabase = Optional.of(value);
            return this;
        }

        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        public Builder callDeadline(Duration value) {
            callDeadline = value;
            return this;
        }

        public Builder deleteTimeout(Duration value) {
            deleteTimeout = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public ConfluentSettings build() {
            return new ConfluentSettings(
                    organizationId,
                    environmentId,
                    statementsBaseUrl,
                    cloudApiBaseUrl,
                    metricsApiBaseUrl,
                    flinkApi,
                    cloudApi,
                    defaultComputePoolId,
                    currentCatalog,
                    currentDatabase,
                    requestTimeout,
                    callDeadline,
                    deleteTimeout,
                    pageSize);
        }
    }
}
