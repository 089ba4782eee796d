package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.schemas.avro.PipelineEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the pipeline-events topic into the inbox, one transaction per polled batch. */
@Component
class PipelineEventListener {

    private final Inbox inbox;

    PipelineEventListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(
            id = "notifier-pipeline-events",
            groupId = "${spring.application.name}",
            topics = "#{@topics.pipelineEvents()}",
            batch = "true")
    void onEvents(List<ConsumerRecord<String, Object>> records) {
        AvroEvents.mapBatch(records, PipelineEvent.class, AvroEvents::of, inbox::receive);
    }
}
