package io.shiftleft.pipeline.adapt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of Flink a target environment runs, which decides the built-in rules. */
public enum Platform {
    /** Confluent Cloud for Apache Flink: the SQL is kept as written, replacements aside. */
    CONFLUENT_CLOUD("confluent-cloud"),
    /** Open-source Apache Flink with the Kafka connectors: tables get their connector options. */
    APACHE_FLINK("apache-flink");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    /** The name used in configuration files. */
    public String id() {
        return id;
    }

    /**
     * The platform of a configuration name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Platform of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown platform '"
                                                + id
                                                + "' (expected "
                                                + Arrays.stream(values())
                                                        .map(Platform::id)
                                                        .collect(Collectors.joining(" or "))
                                                + ")"));
    }
}
