package io.shiftleft.deployer.command;

import java.util.Objects;

/**
 * A deployment command as the deployer sees it.
 *
 * @param commandId idempotency key
 * @param requestId correlation id of the request
 * @param planId plan the step belongs to
 * @param stepId step of the plan
 * @param environment target environment
 * @param action what to do, by name of the contract's StepAction
 * @param statementName statement to act on
 */
public record IncomingCommand(
        String commandId,
        String requestId,
        String planId,
        String stepId,
        String environment,
        String action,
        String statementName) {

    public IncomingCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(statementName, "statementName");
    }
}
