package io.shiftleft.schemas.serde;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;

/**
 * The serde's settings, read from Kafka client properties under the same keys the reference
 * schema-registry serde uses ({@code schema.registry.url}, {@code auto.register.schemas}, {@code
 * use.latest.version}, {@code specific.avro.reader}, {@code key.subject.name.strategy}, {@code
 * value.subject.name.strategy}, {@code basic.auth.credentials.source}, {@code
 * basic.auth.user.info}).
 *
 * @param registryUrls base URLs tried in order, each e.g. {@code http://host:port} or a ccompat
 *     path such as {@code http://host:port/apis/ccompat/v7}
 * @param autoRegister register a writer schema that the subject does not have yet
 * @param useLatestVersion write with the subject's latest schema instead of the record's own
 * @param specificReader deserialize into generated classes instead of generic records
 * @param keyStrategy subject naming for keys
 * @param valueStrategy subject naming for values
 * @param userInfo {@code user:password} for HTTP basic authentication, or null
 * @param requestTimeout timeout of one registry call
 */
public record AvroSerdeConfig(
        List<String> registryUrls,
        boolean autoRegister,
        boolean useLatestVersion,
        boolean specificReader,
        SubjectNameStrategy keyStrategy,
        SubjectNameStrategy valueStrategy,
        String userInfo,
        Duration requestTimeout) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

    public AvroSerdeConfig {
        registryUrls = List.copyOf(registryUrls);
        if (registryUrls.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, "", "at least one URL is required");
        }
        Objects.requireNonNull(keyStrategy, "keyStrategy");
        Objects.requireNonNull(valueStrategy, "valueStrategy");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** Reads the settings from Kafka client properties; fails with the offending key named. */
    public static AvroSerdeConfig from(Map<String, ?> props) {
        Object url = props.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(
                    "Missing required configuration \""
                            + SCHEMA_REGISTRY_URL
                            + "\": the base URL of a schema registry speaking the Confluent REST"
                            + " API");
        }
        List<String> urls =
                Arrays.stream(url.toString().split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                        .toList();
        for (String u : urls) {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw new ConfigException(
                        SCHEMA_REGISTRY_URL, u, "must start with http:// or https://");
            }
        }
        return new AvroSerdeConfig(
                urls,
                bool(props, AUTO_REGISTER_SCHEMAS, true),
                bool(props, USE_LATEST_VERSION, false),
                bool(props, SPECIFIC_AVRO_READER, false),
                strategy(props, KEY_SUBJECT_NAME_STRATEGY),
                strategy(props, VALUE_SUBJECT_NAME_STRATEGY),
                userInfo(props),
                Duration.ofMillis(longValue(props, REQUEST_TIMEOUT_MS, 10_000)));
    }

    private static boolean bool(Map<String, ?> props, String key, boolean fallback) {
        Object v = props.get(key);
        if (v == null) {
            return fallback;
        }
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new ConfigException(key, v, "expected true or false");
    }

    private static long longValue(Map<String, ?> props, String key, long fallback) {
        Object v = props.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(v.toString().trim());
            if (parsed <= 0) {
                throw new ConfigException(key, v, "must be positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, v, "expected a number of milliseconds");
        }
    }

    private static SubjectNameStrategy strategy(Map<String, ?> props, String key) {
        Object v = props.get(key);
        if (v == null) {
            return SubjectNameStrategy.TOPIC_NAME;
        }
        String name = v instanceof Class<?> c ? c.getName() : v.toString();
        try {
            return SubjectNameStrategy.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, v, e.getMessage());
        }
    }

    private static String userInfo(Map<String, ?> props) {
        Object source = props.get(BASIC_AUTH_CREDENTIALS_SOURCE);
        Object info = props.get(BASIC_AUTH_USER_INFO);
        if (source == null && info == null) {
            return null;
        }
        String src = source == null ? "USER_INFO" : source.toString().trim();
        if (!src.equals("USER_INFO")) {
            throw new ConfigException(
                    BASIC_AUTH_CREDENTIALS_SOURCE, src, "only USER_INFO is supported");
        }
        if (info == null || !info.toString().contains(":")) {
            // Never echo the value: it is a secret.
            throw new ConfigException(
                    "Configuration \"" + BASIC_AUTH_USER_INFO + "\" must be user:password");
        }
        return info.toString();
    }

    /** Hides the credentials. */
    @Override
    public String toString() {
        return "AvroSerdeConfig[registryUrls="
                + registryUrls
                + ", autoRegister="
                + autoRegister
                + ", useLatestVersion="
                + useLatestVersion
                + ", specificReader="
                + specificReader
                + ", keyStrategy="
                + keyStrategy
                + ", valueStrategy="
                + valueStrategy
                + ", userInfo="
                + (userInfo == null ? "none" : "[hidden]")
                + ", requestTimeout="
                + requestTimeout
                + "]";
    }
}
