package io.shiftleft.planner.request;

/**
 * What the planner decided about a request.
 *
 * @param request the request
 * @param accepted whether it was accepted
 * @param reason why it was rejected, or null
 * @param repeated whether this was a redelivery of a request already decided
 */
public record IntakeOutcome(
        IncomingRequest request, boolean accepted, String reason, boolean repeated) {}
