package io.shiftleft.planner.request;

/**
 * What the planner decided about a request.
 *
 * @param request the request
 * @param accepted whether it was accepted
 * @param reason why it was rejected, or null
 * @param planId the plan made for it, or null when rejected
 * @param repeated whether this was a redelivery of a request already decided
 */
public record IntakeOutcome(
        IncomingRequest request, boolean accepted, String reason, String planId, boolean repeated) {

    /** The same outcome, marked as the answer to a redelivery. */
    IntakeOutcome asRepeat() {
        return new IntakeOutcome(request, accepted, reason, planId, true);
    }
}
