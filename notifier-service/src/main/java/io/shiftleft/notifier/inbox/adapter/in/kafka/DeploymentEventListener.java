package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.schemas.avro.DeploymentEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the deployment-events topic into the inbox, one transaction per polled batch. */
@Component
class DeploymentEventListener {

    private final Inbox inbox;

    DeploymentEventListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(
            id = "notifier-deployment-events",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deploymentEvents()}",
            batch = "true")
    void onEvents(List<ConsumerRecord<String, Object>> records) {
        AvroEvents.mapBatch(records, DeploymentEvent.class, AvroEvents::of, inbox::receive);
    }
}
