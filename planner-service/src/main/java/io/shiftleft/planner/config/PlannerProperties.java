package io.shiftleft.planner.config;

import io.shiftleft.planner.environment.FailurePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the planner ({@code planner.*}).
 *
 * @param environments the environments to deploy to, by name
 * @param saga how plans run
 */
@ConfigurationProperties("planner")
public record PlannerProperties(Map<String, Environment> environments, @DefaultValue Saga saga) {

    public PlannerProperties {
        environments = environments == null ? Map.of() : Map.copyOf(environments);
    }

    /**
     * One environment ({@code planner.environments.<name>.*}).
     *
     * @param projectPath the folder that contains the project's {@code pipelines/}
     * @param clusterType first segment of statement names (default: the environment's name)
     * @param region region abbreviated in statement names
     * @param productInStatementNames whether statement names carry the table's product
     * @param defaultComputePool pool for tables that have none
     * @param requireApproval whether plans wait for {@code POST /api/v1/plans/{id}/approve}
     * @param maxParallel the most steps of one plan that run at once
     * @param failurePolicy {@code stop-all} or {@code finish-independent}
     * @param statementProperties properties every statement gets
     * @param commonProducts products a restart cascade may always enter
     * @param sqlTarget the target environment whose SQL rules adapt the statements (one of the
     *     environments file, or the built-in {@code local}); empty: the files' text unchanged
     * @param sqlEnvironmentsFile the environments file ({@code environments.yaml} in the project
     *     when empty)
     * @param sqlKafkaBootstrapServers replaces the target's Kafka bootstrap servers when set
     * @param sqlSchemaRegistryUrl replaces the target's schema registry URL when set
     */
    public record Environment(
            Path projectPath,
            String clusterType,
            @DefaultValue("us-west-2") String region,
            @DefaultValue("true") boolean productInStatementNames,
            String defaultComputePool,
            @DefaultValue("false") boolean requireApproval,
            @DefaultValue("4") int maxParallel,
            @DefaultValue("finish-independent") FailurePolicy failurePolicy,
            Map<String, String> statementProperties,
            @DefaultValue("common") Set<String> commonProducts,
            String sqlTarget,
            Path sqlEnvironmentsFile,
            String sqlKafkaBootstrapServers,
            String sqlSchemaRegistryUrl) {}

    /**
     * How plans run ({@code planner.saga.*}).
     *
     * @param commandTimeout how long the deployer may take for one command (sent in the command)
     * @param resultMargin how much longer the planner waits for the result before it fails the step
     * @param timeoutCheckInterval how often overdue commands are looked for
     */
    public record Saga(
            @DefaultValue("10m") Duration commandTimeout,
            @DefaultValue("1m") Duration resultMargin,
            @DefaultValue("5s") Duration timeoutCheckInterval) {}
}
