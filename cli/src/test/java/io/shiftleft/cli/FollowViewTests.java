package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.StepAction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live step table on a terminal: redrawn in place, one row per table, and the summary. */
class FollowViewTests {

    private final StringWriter out = new StringWriter();
    private final FollowView view = new FollowView(new PrintWriter(out), true, "plan-1");

    @Test
    void redrawsTheStepTableInPlaceAndSummarisesTheEnd() {
        view.apply(
                event(DeploymentEventType.PLAN_CREATED, null, null)
                        .setTables(List.of("a", "b"))
                        .build());
        view.apply(event(DeploymentEventType.DEPLOYMENT_STARTED, null, null).build());
        view.apply(event(DeploymentEventType.STEP_STARTED, "a", StepAction.RUN_DDL).build());
        view.apply(event(DeploymentEventType.STEP_SUCCEEDED, "a", StepAction.RUN_DML).build());
        view.apply(event(DeploymentEventType.DEPLOYMENT_SUCCEEDED, null, null).build());
        view.summary();

        String text = out.toString();
        assertThat(text).contains("\033[3F"); // back to the header of the 3 lines drawn before
        assertThat(text).contains("Plan plan-1  SUCCEEDED  1/2 steps");
        assertThat(text).contains("✔ a").contains("RUN_DML");
        assertThat(text).contains("Deployment SUCCEEDED").contains("UNCHANGED (already running)");
        assertThat(view.rows().get("a").state).isEqualTo("SUCCEEDED");
    }

    private static DeploymentEvent.Builder event(
            DeploymentEventType type, String table, StepAction action) {
        return DeploymentEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setRequestId("r")
                .setPlanId("plan-1")
                .setEnvironment("dev")
                .setType(type)
                .setTableName(table)
                .setAction(action);
    }
}
