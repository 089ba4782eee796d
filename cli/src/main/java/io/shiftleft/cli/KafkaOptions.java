package io.shiftleft.cli;

import io.shiftleft.schemas.Topics;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the online commands ({@code deploy}, {@code undeploy}) find Kafka and the schema registry,
 * and how long they wait for the planner's answer; the defaults are the local stack's.
 */
final class KafkaOptions {

    @Option(
            names = "--kafka",
            defaultValue = "127.0.0.1:19092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(
            names = "--registry",
            defaultValue = "http://127.0.0.1:18085/apis/ccompat/v7",
            description = "Schema registry URL (default: ${DEFAULT-VALUE}).")
    String registry;

    @Option(
            names = "--topic-prefix",
            defaultValue = Topics.DEFAULT_PREFIX,
            description = "Topic prefix (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(
            names = "--wait",
            defaultValue = "30s",
            description =
                    "How long to wait for the planner's answer, e.g. 30s, 2m (default:"
                            + " ${DEFAULT-VALUE}).",
            converter = DurationConverter.class)
    Duration wait;

    /** Parses {@code 30s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("p")) {
                return Duration.parse(value.trim());
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.parse(value);
        }
    }
}
