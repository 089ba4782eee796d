package io.shiftleft.monitor.activity.adapter.in.kafka;

import io.shiftleft.monitor.activity.ActivityTracker;
import io.shiftleft.monitor.activity.DeploymentActivity;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the deployment-events topic into the activity tracker. */
@Component
class DeploymentEventListener {

    private final ActivityTracker tracker;

    DeploymentEventListener(ActivityTracker tracker) {
        this.tracker = tracker;
    }

    @KafkaListener(
            id = "monitor-deployment-events",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deploymentEvents()}")
    void onEvent(ConsumerRecord<String, Object> record) {
        DeploymentEvent e = KafkaRecords.valueAs(record, DeploymentEvent.class);
        tracker.observe(
                new DeploymentActivity(
                        e.getEventId(),
                        e.getRequestId(),
                        e.getPlanId(),
                        e.getEnvironment(),
                        e.getType().name(),
                        e.getStatementName(),
                        e.getTableName(),
                        e.getOccurredAt()));
    }
}
