package io.shiftleft.planner.status.adapter.in.kafka;

import io.shiftleft.planner.status.ObservedStatement;
import io.shiftleft.planner.status.StatementStatuses;
import io.shiftleft.schemas.avro.StatementStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands every statement-status record to {@link StatementStatuses}; a tombstone (a key without
 * value) forgets the statement.
 */
@Component
class StatementStatusListener {

    private final StatementStatuses statuses;

    StatementStatusListener(StatementStatuses statuses) {
        this.statuses = statuses;
    }

    @KafkaListener(
            id = "planner-statement-status",
            groupId = "${spring.application.name}",
            topics = "#{@topics.statementStatus()}")
    void onStatus(ConsumerRecord<String, Object> record) {
        if (record.value() == null && record.key() != null) {
            statuses.deleted(record.key());
            return;
        }
        if (!(record.value() instanceof StatementStatus s)) {
            throw new IllegalArgumentException(
                    "statement-status carries StatementStatus, not "
                            + (record.value() == null
                                    ? "null (a tombstone)"
                                    : record.value().getClass().getName())
                            + " at offset "
                            + record.offset());
        }
        statuses.observed(
                new ObservedStatement(
                        s.getEnvironment(),
                        s.getStatementName(),
                        s.getTableName(),
                        s.getPhase().name(),
                        s.getComputePoolId(),
                        s.getSqlHash(),
                        s.getOccurredAt()));
    }
}
