package io.shiftleft.monitor.catalog.adapter.in.kafka;

import io.shiftleft.monitor.catalog.CommandSeen;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the planner's {@code deployment-commands} (in the monitor's own consumer group, beside the
 * deployer) into the statement catalog.
 */
@Component
class DeploymentCommandListener {

    private final StatementCatalog catalog;

    DeploymentCommandListener(StatementCatalog catalog) {
        this.catalog = catalog;
    }

    @KafkaListener(
            id = "monitor-deployment-commands",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deploymentCommands()}")
    void onCommand(ConsumerRecord<String, Object> record) {
        DeploymentCommand c = KafkaRecords.valueAs(record, DeploymentCommand.class);
        catalog.commandSeen(
                new CommandSeen(
                        c.getEnvironment(),
                        c.getCommandId(),
                        c.getAction().name(),
                        c.getStatementName(),
                        c.getTableName(),
                        c.getProductName(),
                        c.getSql(),
                        c.getSqlHash(),
                        c.getDropTable(),
                        c.getOccurredAt()));
    }
}
