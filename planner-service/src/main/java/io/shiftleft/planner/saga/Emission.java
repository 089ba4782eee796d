package io.shiftleft.planner.saga;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One command sent to the deployer, and its result once received.
 *
 * @param commandId the command's id
 * @param planId the plan
 * @param stepIndex the step
 * @param commandIndex the command's position in the step
 * @param attempt 1 for the first try, one more on each resume of a failed step
 * @param emittedAt when it was sent
 * @param deadline when its result is overdue
 * @param outcome the result's outcome, or null while none arrived
 */
public record Emission(
        String commandId,
        String planId,
        int stepIndex,
        int commandIndex,
        int attempt,
        Instant emittedAt,
        Instant deadline,
        ResultOutcome outcome) {

    /** Whether a result (or a timeout) was recorded. */
    public boolean answered() {
        return outcome != null;
    }

    /**
     * The id of a command: the same plan, step, command and attempt always give the same id, so a
     * command sent again after a crash is one the deployer recognises.
     */
    public static String commandId(String planId, int stepIndex, int commandIndex, int attempt) {
        return UUID.nameUUIDFromBytes(
                        (planId + "/" + stepIndex + "/" + commandIndex + "/" + attempt)
                                .getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
