package io.shiftleft.planner.config;

import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.environment.SqlTarget;
import io.shiftleft.planner.saga.SagaSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns {@link PlannerProperties} into the plain values the features use. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlannerConfiguration {

    @Bean
    Environments environments(PlannerProperties properties) {
        Map<String, EnvironmentSettings> settings = new LinkedHashMap<>();
        properties.environments().forEach((name, env) -> settings.put(name, settings(name, env)));
        return new Environments(settings);
    }

    @Bean
    SagaSettings sagaSettings(PlannerProperties properties) {
        return new SagaSettings(
                properties.saga().commandTimeout(), properties.saga().resultMargin());
    }

    @Bean
    Clock plannerClock() {
        return Clock.systemUTC();
    }

    private static EnvironmentSettings settings(String name, PlannerProperties.Environment env) {
        if (env.projectPath() == null) {
            throw new IllegalArgumentException(
                    "planner.environments." + name + ".project-path is not set");
        }
        String clusterType =
                env.clusterType() == null || env.clusterType().isBlank() ? name : env.clusterType();
        return new EnvironmentSettings(
                name,
                env.projectPath(),
                new NamingSettings(clusterType, env.region(), env.productInStatementNames()),
                env.defaultComputePool(),
                env.requireApproval(),
                env.maxParallel(),
                env.failurePolicy(),
                env.statementProperties() == null ? Map.of() : env.statementProperties(),
                env.commonProducts(),
                new SqlTarget(
                        blankToEmpty(env.sqlTarget()),
                        Optional.ofNullable(env.sqlEnvironmentsFile()),
                        blankToEmpty(env.sqlKafkaBootstrapServers()),
                        blankToEmpty(env.sqlSchemaRegistryUrl())));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
