package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.event.Severity;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.support.KafkaRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** Maps the wire types to {@link NotifierEvent}s. */
final class AvroEvents {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AvroEvents.class);

    private AvroEvents() {}

    static NotifierEvent of(PipelineEvent e) {
        return new NotifierEvent(
                e.getEventId(),
                EventSource.PIPELINE,
                e.getType().name(),
                Severity.valueOf(e.getSeverity().name()),
                e.getEnvironment(),
                e.getOccurredAt(),
                e.getRequestId(),
                e.getPlanId(),
                e.getTableName(),
                e.getProductName(),
                e.getStatementName(),
                e.getComputePoolId(),
                e.getPreviousPhase() == null ? null : e.getPreviousPhase().name(),
                e.getPhase() == null ? null : e.getPhase().name(),
                e.getDetail(),
                e.getAttributes(),
                List.of());
    }

    static NotifierEvent of(DeploymentEvent e) {
        return new NotifierEvent(
                e.getEventId(),
                EventSource.DEPLOYMENT,
                e.getType().name(),
                Severity.valueOf(e.getSeverity().name()),
                e.getEnvironment(),
                e.getOccurredAt(),
                e.getRequestId(),
                e.getPlanId(),
                e.getTableName(),
                e.getProductName(),
                e.getStatementName(),
                null,
                null,
                null,
                e.getDetail(),
                e.getAction() == null
                        ? java.util.Map.of()
                        : java.util.Map.of(
                                "action",
                                e.getAction().name(),
                                "step_id",
                                e.getStepId() == null ? "" : e.getStepId()),
                e.getTables());
    }

    /**
     * Maps a batch. A record that is not the expected type ends the batch: the events before it are
     * handed on, and the failure names its index, so the error policy commits those, dead-letters
     * that one and redelivers the rest.
     */
    static <T> void mapBatch(
            List<ConsumerRecord<String, Object>> records,
            Class<T> type,
            Function<T, NotifierEvent> mapper,
            java.util.function.Consumer<List<NotifierEvent>> handler) {
        List<NotifierEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, Object> record = records.get(i);
            try {
                events.add(mapper.apply(KafkaRecords.valueAs(record, type)));
            } catch (IllegalArgumentException | NullPointerException e) {
                take(events, handler);
                log.error("Record {} cannot be taken in: {}", i, e.getMessage());
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        take(events, handler);
    }

    /** Hands the events on; a failure is logged here (the error policy then retries the batch). */
    private static void take(
            List<NotifierEvent> events, java.util.function.Consumer<List<NotifierEvent>> handler) {
        try {
            handler.accept(events);
        } catch (RuntimeException e) {
            log.error(
                    "Taking in {} events failed; the batch is retried, then dead-lettered",
                    events.size(),
                    e);
            throw e;
        }
    }
}
