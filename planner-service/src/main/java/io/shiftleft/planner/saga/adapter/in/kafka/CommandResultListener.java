package io.shiftleft.planner.saga.adapter.in.kafka;

import io.shiftleft.planner.saga.DeploymentSaga;
import io.shiftleft.planner.saga.ResultOutcome;
import io.shiftleft.planner.saga.ResultReceived;
import io.shiftleft.schemas.avro.CommandResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Hands every command result to the saga. */
@Component
class CommandResultListener {

    private final DeploymentSaga saga;

    CommandResultListener(DeploymentSaga saga) {
        this.saga = saga;
    }

    @KafkaListener(
            id = "planner-command-results",
            groupId = "${spring.application.name}",
            topics = "#{@topics.commandResults()}")
    void onResult(ConsumerRecord<String, Object> record) {
        if (!(record.value() instanceof CommandResult r)) {
            throw new IllegalArgumentException(
                    "command-results carries CommandResult, not "
                            + (record.value() == null
                                    ? "null"
                                    : record.value().getClass().getName())
                            + " at offset "
                            + record.offset());
        }
        saga.onResult(
                new ResultReceived(
                        r.getCommandId(),
                        r.getPlanId(),
                        outcome(r.getOutcome().name()),
                        r.getPhase() == null ? null : r.getPhase().name(),
                        r.getDetail()));
    }

    private static ResultOutcome outcome(String name) {
        try {
            return ResultOutcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ResultOutcome.UNKNOWN;
        }
    }
}
