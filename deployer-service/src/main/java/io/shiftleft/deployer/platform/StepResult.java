package io.shiftleft.deployer.platform;

import io.shiftleft.platform.StatementStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How a step ended.
 *
 * @param outcome the outcome
 * @param phase the statement's phase at the end, by name: a {@link
 *     io.shiftleft.platform.StatementPhase}, or {@code MISSING} when the statement does not exist
 * @param detail what happened, in words, with the platform's own message when it gave one
 * @param platformId the statement's platform id (a Flink job id, a Confluent statement uid)
 */
public record StepResult(
        Outcome outcome, String phase, String detail, Optional<String> platformId) {

    /** The phase of a statement that does not exist. */
    public static final String MISSING = "MISSING";

    /** The phase when nothing is known. */
    public static final String UNKNOWN = "UNKNOWN";

    public StepResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(phase, "phase");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(platformId, "platformId");
    }

    /** The outcome, with the status's phase and platform id. */
    public static StepResult of(Outcome outcome, StatementStatus status, String detail) {
        return new StepResult(outcome, status.phase().name(), detail, status.platformId());
    }

    /** A step refused before anything was done. */
    public static StepResult rejected(String detail) {
        return new StepResult(Outcome.REJECTED, UNKNOWN, detail, Optional.empty());
    }

    /** Whether the step did what it was asked (or found it done). */
    public boolean success() {
        return outcome == Outcome.SUCCEEDED || outcome == Outcome.ALREADY_DONE;
    }
}
