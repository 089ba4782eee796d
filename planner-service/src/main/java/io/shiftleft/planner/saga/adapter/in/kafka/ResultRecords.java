package io.shiftleft.planner.saga.adapter.in.kafka;

import io.shiftleft.planner.saga.ResultOutcome;
import io.shiftleft.planner.saga.ResultReceived;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Reads {@code command-results} records. A batch listener gets the records the deserializer could
 * not read with a null value and the error in a header (a record listener never sees them): here
 * that error is thrown, so such a record is dead-lettered with its original bytes and the reason.
 */
final class ResultRecords {

    private static final LogAccessor LOG = new LogAccessor(ResultRecords.class);

    private ResultRecords() {}

    /**
     * The result a record carries.
     *
     * @throws DeserializationException when the record could not be deserialized
     * @throws IllegalArgumentException when it is not a usable {@code CommandResult}
     */
    static ResultReceived read(ConsumerRecord<String, Object> record) {
        for (String header :
                new String[] {
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER,
                    SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER
                }) {
            DeserializationException unreadable =
                    SerializationUtils.getExceptionFromHeader(record, header, LOG);
            if (unreadable != null) {
                throw unreadable;
            }
        }
        CommandResult r = KafkaRecords.valueAs(record, CommandResult.class);
        if (r.getCommandId() == null || r.getOutcome() == null) {
            throw new IllegalArgumentException(
                    "CommandResult at " + where(record) + " has no commandId or no outcome");
        }
        return new ResultReceived(
                r.getCommandId(),
                r.getPlanId(),
                outcome(r.getOutcome().name()),
                r.getPhase() == null ? null : r.getPhase().name(),
                r.getDetail());
    }

    /** Where a record is: topic-partition@offset. */
    static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static ResultOutcome outcome(String name) {
        try {
            return ResultOutcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ResultOutcome.UNKNOWN;
        }
    }
}
