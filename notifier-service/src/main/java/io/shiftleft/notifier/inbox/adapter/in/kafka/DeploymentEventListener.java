package io.shiftleft.notifier.inbox.adapter.in.kafka;

import io.shiftleft.notifier.inbox.Inbox;
import io.shiftleft.notifier.inbox.InboxEvent;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the deployment-events topic into the inbox. */
@Component
class DeploymentEventListener {

    private final Inbox inbox;

    DeploymentEventListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(
            id = "notifier-deployment-events",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deploymentEvents()}")
    void onEvent(ConsumerRecord<String, Object> record) {
        DeploymentEvent e = KafkaRecords.valueAs(record, DeploymentEvent.class);
        inbox.receive(
                new InboxEvent(
                        e.getEventId(),
                        "deployment",
                        e.getType().name(),
                        e.getSeverity().name(),
                        e.getEnvironment(),
                        e.getTableName(),
                        e.getProductName(),
                        e.getDetail(),
                        e.getOccurredAt()));
    }
}
