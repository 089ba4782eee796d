package io.shiftleft.pipeline.adapt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The serialization of keys and values on an Apache Flink target. */
public enum KafkaFormat {
    /** Plain JSON, no schema registry. */
    JSON("json"),
    /** Avro in Confluent's wire format, schemas in a Confluent-compatible registry. */
    AVRO_CONFLUENT("avro-confluent");

    private final String id;

    KafkaFormat(String id) {
        this.id = id;
    }

    /** The Flink format name, also the name used in configuration files. */
    public String id() {
        return id;
    }

    /** Whether the format needs a schema registry URL. */
    public boolean needsRegistry() {
        return this == AVRO_CONFLUENT;
    }

    /**
     * The format of a configuration name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static KafkaFormat of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.id.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown format '"
                                                + id
                                                + "' (expected "
                                                + Arrays.stream(values())
                                                        .map(KafkaFormat::id)
                                                        .collect(Collectors.joining(" or "))
                                                + ")"));
    }
}
