package io.shiftleft.schemas.serde;

import java.util.Locale;
import org.apache.avro.Schema;

/** How a subject name is derived from a topic and a record schema. */
public enum SubjectNameStrategy {
    /** {@code <topic>-key} or {@code <topic>-value}: the default. */
    TOPIC_NAME,
    /** The record's full name, whatever the topic. */
    RECORD_NAME,
    /** {@code <topic>-<record full name>}. */
    TOPIC_RECORD_NAME;

    /** The subject for a value or key of the given schema written to the topic. */
    public String subject(String topic, boolean isKey, Schema schema) {
        return switch (this) {
            case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
            case RECORD_NAME -> schema.getFullName();
            case TOPIC_RECORD_NAME -> topic + "-" + schema.getFullName();
        };
    }

    /**
     * Parses a strategy from its configured value: one of this enum's names, or a class name ending
     * in {@code TopicNameStrategy}, {@code RecordNameStrategy} or {@code TopicRecordNameStrategy}
     * (as the reference serde's configuration names them).
     */
    public static SubjectNameStrategy parse(String configured) {
        String value = configured.trim();
        String simple = value.substring(value.lastIndexOf('.') + 1);
        switch (simple) {
            case "TopicNameStrategy":
                return TOPIC_NAME;
            case "RecordNameStrategy":
                return RECORD_NAME;
            case "TopicRecordNameStrategy":
                return TOPIC_RECORD_NAME;
            default:
                try {
                    return valueOf(simple.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "Unknown subject name strategy '"
                                    + configured
                                    + "'; expected TopicNameStrategy, RecordNameStrategy or"
                                    + " TopicRecordNameStrategy",
                            e);
                }
        }
    }
}
