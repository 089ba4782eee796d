package io.shiftleft.planner.saga;

import java.time.Duration;
import java.util.Objects;

/**
 * How the saga waits for the deployer.
 *
 * @param commandTimeout how long the deployer may take for one command (sent in the command)
 * @param resultMargin how much longer the planner waits for the result before failing the step
 */
public record SagaSettings(Duration commandTimeout, Duration resultMargin) {

    public SagaSettings {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(resultMargin, "resultMargin");
    }

    /** How long after sending a command its result is overdue. */
    public Duration deadline() {
        return commandTimeout.plus(resultMargin);
    }
}
