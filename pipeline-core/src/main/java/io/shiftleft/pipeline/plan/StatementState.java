package io.shiftleft.pipeline.plan;

import java.util.Objects;
import java.util.Set;

/**
 * What the platform says about a table's DML statement.
 *
 * @param statementName the statement
 * @param phase platform phase, upper-case ({@code RUNNING}, {@code PENDING}, {@code COMPLETED},
 *     {@code FAILED}, …; {@code UNKNOWN} when not found)
 * @param computePoolId pool it runs in, or null
 */
public record StatementState(String statementName, String phase, String computePoolId) {

    /** Phases that count as running for planning: a completed INSERT … VALUES seed counts too. */
    public static final Set<String> RUNNING_PHASES = Set.of("RUNNING", "PENDING", "COMPLETED");

    public StatementState {
        Objects.requireNonNull(phase, "phase");
    }

    public boolean isRunning() {
        return RUNNING_PHASES.contains(phase);
    }
}
