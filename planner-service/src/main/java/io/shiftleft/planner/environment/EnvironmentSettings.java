package io.shiftleft.planner.environment;

import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the planner treats one environment.
 *
 * @param name the environment, as requests name it
 * @param projectPath the folder that contains the project's {@code pipelines/}
 * @param naming cluster type and region of the environment's statement names
 * @param defaultComputePool pool for tables that have none, or null
 * @param requireApproval whether plans wait for an approval before they run
 * @param maxParallel the most steps of one plan that run at once, and the default of requests that
 *     do not say
 * @param failurePolicy what happens to independent steps after a failure
 * @param statementProperties properties every statement gets (a table's sibling {@code .properties}
 *     file overrides them), such as {@code sql.current-catalog}
 * @param commonProducts products a restart cascade may always enter
 * @param sql how the statements' SQL is adapted to the environment
 */
public record EnvironmentSettings(
        String name,
        Path projectPath,
        NamingSettings naming,
        String defaultComputePool,
        boolean requireApproval,
        int maxParallel,
        FailurePolicy failurePolicy,
        Map<String, String> statementProperties,
        Set<String> commonProducts,
        SqlTarget sql) {

    public EnvironmentSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projectPath, "planner.environments." + name + ".project-path");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(failurePolicy, "failurePolicy");
        Objects.requireNonNull(sql, "sql");
        if (maxParallel < 1) {
            throw new IllegalArgumentException(
                    "planner.environments." + name + ".max-parallel must be at least 1");
        }
        statementProperties = Map.copyOf(statementProperties);
        commonProducts = Set.copyOf(commonProducts);
    }

    /** shift_left's statement naming for this environment. */
    public ShiftLeftNaming statementNaming() {
        return new ShiftLeftNaming(naming);
    }
}
