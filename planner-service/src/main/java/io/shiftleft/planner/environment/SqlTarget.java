package io.shiftleft.planner.environment;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which SQL adaptation an environment's statements get ({@code planner.environments.<env>.sql-*}):
 * the rules of a target environment of {@code io.shiftleft.pipeline.adapt}, with the Kafka and
 * registry endpoints of the cluster actually used.
 *
 * @param target the target environment's name (of the environments file, or the built-in {@code
 *     local}); empty: no adaptation, the files' text is submitted as it is
 * @param environmentsFile the environments file; empty for {@code environments.yaml} in the project
 * @param kafkaBootstrapServers replaces the target's Kafka bootstrap servers unless empty
 * @param schemaRegistryUrl replaces the target's schema registry URL unless empty
 */
public record SqlTarget(
        String target,
        Optional<Path> environmentsFile,
        String kafkaBootstrapServers,
        String schemaRegistryUrl) {

    public SqlTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(environmentsFile, "environmentsFile");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
    }

    /** No adaptation: the files' text as it is. */
    public static SqlTarget verbatim() {
        return new SqlTarget("", Optional.empty(), "", "");
    }

    /** Whether the SQL is adapted at all. */
    public boolean adapts() {
        return !target.isEmpty();
    }
}
