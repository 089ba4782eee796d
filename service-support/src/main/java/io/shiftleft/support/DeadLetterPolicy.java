package io.shiftleft.support;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.serde.SchemaRegistryException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The listener error policy: a failing record is redelivered a bounded number of times with
 * exponential back-off, then published to {@code <topic>.dlq} with the exception in headers, and
 * the consumer moves on. Records that can never succeed (not valid Avro, unknown schema id) skip
 * the retries.
 */
public final class DeadLetterPolicy {

    /** Header naming the root cause of the failure in plain words, on every dead letter. */
    public static final String ERROR_HEADER = "shiftleft-error";

    private DeadLetterPolicy() {}

    /**
     * The message of the first exception in the chain that is not a Spring wrapper: ours say what
     * was wrong and where (topic, schema id) and already include their own cause.
     */
    static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getClass().getName().startsWith("org.springframework.")
                && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getName() + (message == null ? "" : ": " + message);
    }

    /**
     * The error handler for every listener container.
     *
     * @param rawTemplate sends the original bytes of records that could not be deserialized
     * @param recordTemplate sends records that were deserialized but failed in the listener
     */
    public static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> rawTemplate,
            KafkaOperations<?, ?> recordTemplate,
            ShiftLeftKafkaProperties props) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, rawTemplate);
        templates.put(Object.class, recordTemplate);
        DeadLetterPublishingRecoverer recoverer =
                new DeadLetterPublishingRecoverer(
                        templates,
                        (record, exception) ->
                                new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction(
                (record, exception) ->
                        new RecordHeaders(
                                new Header[] {
                                    new RecordHeader(
                                            ERROR_HEADER,
                                            rootMessage(exception).getBytes(StandardCharsets.UTF_8))
                                }));
        ExponentialBackOff backOff = new ExponentialBackOff(props.retryInterval().toMillis(), 2.0);
        backOff.setMaxAttempts(props.retryAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(
                DeserializationException.class,
                SerializationException.class,
                SchemaRegistryException.class,
                ConversionException.class,
                IllegalArgumentException.class);
        return handler;
    }
}
