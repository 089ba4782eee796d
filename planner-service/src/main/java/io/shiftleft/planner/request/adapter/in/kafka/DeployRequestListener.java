package io.shiftleft.planner.request.adapter.in.kafka;

import io.shiftleft.planner.request.IncomingRequest;
import io.shiftleft.planner.request.RequestIntake;
import io.shiftleft.planner.request.RequestKind;
import io.shiftleft.planner.request.RequestOptions;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.UndeployRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the deploy-requests topic and hands each request to the intake. */
@Component
class DeployRequestListener {

    private final RequestIntake intake;

    DeployRequestListener(RequestIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(
            id = "planner-deploy-requests",
            groupId = "${spring.application.name}",
            topics = "#{@topics.deployRequests()}")
    void onRequest(ConsumerRecord<String, Object> record) {
        intake.accept(toRequest(record.value()));
    }

    static IncomingRequest toRequest(Object value) {
        if (value instanceof DeployRequest r) {
            return new IncomingRequest(
                    r.getEventId(),
                    r.getRequestId(),
                    RequestKind.DEPLOY,
                    r.getEnvironment(),
                    r.getRequestedBy(),
                    r.getTables(),
                    r.getProduct(),
                    r.getDirectory(),
                    new RequestOptions(
                            r.getExcludeTables(),
                            r.getForceAncestors(),
                            r.getMayStartDescendants(),
                            r.getCrossProductDeployment(),
                            r.getDmlOnly(),
                            r.getComputePoolId(),
                            r.getMaxParallel(),
                            r.getVersion(),
                            r.getDryRun(),
                            false),
                    r.getOccurredAt());
        }
        if (value instanceof UndeployRequest r) {
            return new IncomingRequest(
                    r.getEventId(),
                    r.getRequestId(),
                    RequestKind.UNDEPLOY,
                    r.getEnvironment(),
                    r.getRequestedBy(),
                    r.getTables(),
                    r.getProduct(),
                    null,
                    new RequestOptions(
                            null,
                            false,
                            false,
                            false,
                            false,
                            null,
                            null,
                            null,
                            r.getDryRun(),
                            r.getDropTables()),
                    r.getOccurredAt());
        }
        throw new IllegalArgumentException(
                "deploy-requests carries DeployRequest or UndeployRequest, not "
                        + (value == null ? "null" : value.getClass().getName()));
    }
}
