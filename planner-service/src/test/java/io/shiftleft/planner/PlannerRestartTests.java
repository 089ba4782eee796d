package io.shiftleft.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.support.testing.ServiceTestInfrastructure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * A planner that stops in the middle of a plan, and another one started on the same database and
 * topics, which finishes the plan from what the first one stored.
 */
class PlannerRestartTests extends PlannerTestSupport {

    @Autowired KafkaListenerEndpointRegistry listeners;

    @Test
    void anotherPlannerContinuesARunningPlanFromTheDatabase() {
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"src_customers_customers\"]}"
                                .formatted(requestId));
        eventually(() -> deployer.held(planId).size() == 1, "the first command in flight");

        listeners.stop();
        try (ConfigurableApplicationContext second = startAnotherPlanner()) {
            deployer.reset();
            deployer.releaseAll(planId);

            events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
            assertThat(plan(planId).get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(deployer.commands(planId))
                    .extracting(r -> r.command().getTableName() + " " + r.command().getAction())
                    .containsExactly(
                            "raw_customers RUN_DDL",
                            "src_customers_customers RUN_DDL",
                            "src_customers_customers RUN_DML");
            assertThat(listeners.isRunning()).isFalse();
        } finally {
            listeners.start();
        }
    }

    private static ConfigurableApplicationContext startAnotherPlanner() {
        Map<String, Object> properties = new LinkedHashMap<>();
        ServiceTestInfrastructure.register((name, value) -> properties.put(name, value.get()));
        properties.putAll(plannerProperties());
        properties.put("server.port", "0");
        // Command-line arguments: they win over the service's own configuration files.
        String[] args =
                properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new);
        return new SpringApplicationBuilder(PlannerApplication.class).run(args);
    }
}
