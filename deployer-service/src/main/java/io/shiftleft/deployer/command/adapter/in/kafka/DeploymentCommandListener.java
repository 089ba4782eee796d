package io.shiftleft.deployer.command.adapter.in.kafka;

import io.shiftleft.deployer.command.CommandExecution;
import io.shiftleft.deployer.command.IncomingCommand;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the deployment-commands topic and hands each command to the execution, which records it
 * before the offset is committed and acts on it off this thread.
 */
@Component
class DeploymentCommandListener {

    private final CommandExecution execution;

    DeploymentCommandListener(CommandExecution execution) {
        this.execution = execution;
    }

    @KafkaListener(
            id = "deployer-deployment-commands",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deploymentCommands()}")
    void onCommand(ConsumerRecord<String, Object> record) {
        DeploymentCommand c = KafkaRecords.valueAs(record, DeploymentCommand.class);
        execution.receive(
                new IncomingCommand(
                        c.getCommandId(),
                        c.getRequestId(),
                        c.getPlanId(),
                        c.getStepId(),
                        c.getEnvironment(),
                        c.getAction().name(),
                        c.getStatementName(),
                        c.getTableName(),
                        c.getSql(),
                        c.getSqlHash(),
                        c.getComputePoolId(),
                        c.getProperties(),
                        c.getDropTable(),
                        c.getTimeoutMillis(),
                        c.getAttempt()));
    }
}
