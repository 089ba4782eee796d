package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.notifier.inbox.InboxEvent;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the pipeline-events topic into the inbox. */
@Component
class PipelineEventListener {

    private final Inbox inbox;

    PipelineEventListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(
            id = "notifier-pipeline-events",
            groupId = "${spring.application.name}",
            topics = "#{@topics.pipelineEvents()}")
    void onEvent(ConsumerRecord<String, Object> record) {
        PipelineEvent e = KafkaRecords.valueAs(record, PipelineEvent.class);
        inbox.receive(
                new InboxEvent(
                        e.getEventId(),
                        "pipeline",
                        e.getType().name(),
                        e.getSeverity().name(),
                        e.getEnvironment(),
                        e.getTableName(),
                        e.getProductName(),
                        e.getDetail(),
                        e.getOccurredAt()));
    }
}
