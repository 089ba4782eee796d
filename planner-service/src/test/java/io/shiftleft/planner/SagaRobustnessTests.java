package io.shiftleft.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.saga.SagaTimeouts;
import io.shiftleft.planner.testing.FakeDeployer;
import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.DeploymentEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Results that come twice, for nothing, or too late change nothing. */
class SagaRobustnessTests extends PlannerTestSupport {

    @Autowired SagaTimeouts timeouts;

    @Test
    void ignoresRedeliveredAndUnknownResults() {
        String planId =
                deploy("{\"environment\":\"dev\",\"tables\":[\"src_customers_customers\"]}");
        events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
        int eventsBefore = events.ofPlan(planId).size();
        Map<String, String> outcomesBefore = outcomes(planId);

        assertThat(deployer.resendAnswers(planId)).isEqualTo(3);
        deployer.answerUnknown(planId);

        awaitConsumed(TOPICS.commandResults());
        settled(() -> events.ofPlan(planId).size(), Duration.ofMillis(500));
        assertThat(events.ofPlan(planId)).hasSize(eventsBefore);
        assertThat(deployer.commands(planId)).hasSize(3);
        assertThat(outcomes(planId)).isEqualTo(outcomesBefore);
        assertThat(plan(planId).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void failsAStepWhoseResultIsOverdueAndIgnoresTheLateResult() {
        awaitNoRunningPlan();
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"raw_addresses\"]}"
                                .formatted(requestId));
        eventually(() -> deployer.held(planId).size() == 1, "the command in flight");
        FakeDeployer.Received late = deployer.held(planId).get(0);

        assertThat(timeouts.expireOverdue(Instant.now().plus(Duration.ofHours(1)))).isEqualTo(1);

        events.await(planId, DeploymentEventType.DEPLOYMENT_FAILED, WAIT);
        JsonNode step = step(plan(planId), "raw_addresses");
        assertThat(step.get("state").asString()).isEqualTo("FAILED");
        assertThat(step.get("detail").asString())
                .contains("RUN_DDL TIMED_OUT")
                .contains("deadline");
        deployer.release(late, CommandOutcome.SUCCEEDED);
        awaitConsumed(TOPICS.commandResults());
        assertThat(plan(planId).get("status").asString()).isEqualTo("FAILED");
        assertThat(deployer.commands(planId)).hasSize(1);
    }

    private Map<String, String> outcomes(String planId) {
        List<Map<String, Object>> rows =
                jdbc.sql(
                                "select command_id, outcome from planner.command_emission where plan_id = ?")
                        .param(planId)
                        .query()
                        .listOfRows();
        return rows.stream()
                .collect(
                        Collectors.toMap(
                                r -> (String) r.get("command_id"), r -> (String) r.get("outcome")));
    }
}
