package io.shiftleft.planner.status.adapter.in.kafka;

import io.shiftleft.planner.status.ObservedStatement;
import io.shiftleft.planner.status.StatementStatuses;
import io.shiftleft.planner.status.StatusChange;
import io.shiftleft.schemas.avro.StatementStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Hands the statement-status records of each poll to {@link StatementStatuses} in one transaction;
 * a tombstone (a key without value) forgets the statement. A record that is not a readable {@code
 * StatementStatus} stops the batch there: the records before it are recorded, and the error handler
 * sends that record alone to the dead-letter topic and delivers the rest again. When the batch
 * cannot be recorded together, its records are recorded one at a time and the first that fails is
 * reported.
 */
@Component
class StatementStatusListener {

    private static final LogAccessor LOG = new LogAccessor(StatementStatusListener.class);

    private final StatementStatuses statuses;

    StatementStatusListener(StatementStatuses statuses) {
        this.statuses = statuses;
    }

    @KafkaListener(
            id = "planner-statement-status",
            groupId = "${spring.application.name}",
            topics = "#{@topics.statementStatus()}",
            batch = "true")
    void onStatuses(List<ConsumerRecord<String, Object>> records) {
        List<StatusChange> changes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            StatusChange change;
            try {
                change = read(records.get(i));
            } catch (RuntimeException unreadable) {
                apply(changes);
                throw new BatchListenerFailedException(
                        "Record at " + where(records.get(i)) + " is not a readable StatementStatus",
                        unreadable,
                        i);
            }
            changes.add(change);
        }
        apply(changes);
    }

    private void apply(List<StatusChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            statuses.apply(changes);
        } catch (RuntimeException together) {
            LOG.warn(together, () -> changes.size() + " statuses failed together; one at a time");
            for (int i = 0; i < changes.size(); i++) {
                try {
                    statuses.apply(List.of(changes.get(i)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(
                            "Statement status " + changes.get(i) + " could not be recorded",
                            failed,
                            i);
                }
            }
        }
    }

    private static StatusChange read(ConsumerRecord<String, Object> record) {
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
        if (record.value() == null && record.key() != null) {
            return new StatusChange.Deleted(record.key());
        }
        if (!(record.value() instanceof StatementStatus s)) {
            throw new IllegalArgumentException(
                    "statement-status carries StatementStatus, not "
                            + (record.value() == null
                                    ? "null (a tombstone)"
                                    : record.value().getClass().getName())
                            + " at "
                            + where(record));
        }
        return new StatusChange.Observed(
                new ObservedStatement(
                        s.getEnvironment(),
                        s.getStatementName(),
                        s.getTableName(),
                        s.getPhase().name(),
                        s.getComputePoolId(),
                        s.getSqlHash(),
                        s.getOccurredAt()));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
