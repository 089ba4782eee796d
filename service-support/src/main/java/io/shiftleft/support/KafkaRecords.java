package io.shiftleft.support;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Typed access to consumed records, with an error that names the topic, offset and both types. */
public final class KafkaRecords {

    private KafkaRecords() {}

    /**
     * The record's value as the expected message type. A value of another type cannot become valid
     * by retrying, so the {@link IllegalArgumentException} thrown here sends the record straight to
     * the dead-letter topic.
     */
    public static <T> T valueAs(ConsumerRecord<?, ?> record, Class<T> type) {
        Object value = record.value();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw new IllegalArgumentException(
                "Record at "
                        + record.topic()
                        + "-"
                        + record.partition()
                        + "@"
                        + record.offset()
                        + " carries "
                        + (value == null ? "no value" : value.getClass().getName())
                        + ", expected "
                        + type.getName());
    }
}
