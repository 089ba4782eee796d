package io.shiftleft.schemas;

import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.schemas.avro.UndeployRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;

/** Test fixtures: one valid instance of each message. */
public final class Messages {

    /** Every message schema of the contract. */
    public static final List<Schema> ALL =
            List.of(
                    DeployRequest.getClassSchema(),
                    UndeployRequest.getClassSchema(),
                    DeploymentCommand.getClassSchema(),
                    CommandResult.getClassSchema(),
                    DeploymentEvent.getClassSchema(),
                    StatementStatus.getClassSchema(),
                    PipelineEvent.getClassSchema());

    private Messages() {}

    /** A deploy request for one table with the given request id. */
    public static DeployRequest aDeployRequest(String requestId) {
        return DeployRequest.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId(requestId)
                .setEnvironment("dev")
                .setRequestedBy("ci")
                .setTables(List.of("fct_orders"))
                .setForceAncestors(true)
                .build();
    }
}
