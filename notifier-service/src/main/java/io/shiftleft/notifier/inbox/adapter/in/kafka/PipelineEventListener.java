package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.notifier.inbox.InboxEvent;
import io.shiftleft.schemas.avro.PipelineEvent;
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
        if (!(record.value() instanceof PipelineEvent e)) {
            throw new IllegalArgumentException(
                    "pipeline-events carries PipelineEvent, not "
                            + (record.value() == null
                                    ? "null"
                                    : record.value().getClass().getName()));
        }
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
