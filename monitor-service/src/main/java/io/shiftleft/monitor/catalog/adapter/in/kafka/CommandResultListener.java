package io.shiftleft.monitor.catalog.adapter.in.kafka;

import io.shiftleft.monitor.catalog.ResultSeen;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.support.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the deployer's {@code command-results} into the statement catalog. */
@Component
class CommandResultListener {

    private final StatementCatalog catalog;

    CommandResultListener(StatementCatalog catalog) {
        this.catalog = catalog;
    }

    @KafkaListener(
            id = "monitor-command-results",
            groupId = "${spring.application.name}",
            topics = "#{@topics.commandResults()}")
    void onResult(ConsumerRecord<String, Object> record) {
        CommandResult r = KafkaRecords.valueAs(record, CommandResult.class);
        catalog.resultSeen(
                new ResultSeen(
                        r.getEnvironment(),
                        r.getCommandId(),
                        r.getStatementName(),
                        r.getOutcome().name(),
                        r.getPhase().name(),
                        r.getPlatformId(),
                        r.getDetail(),
                        r.getFinishedAt()));
    }
}
