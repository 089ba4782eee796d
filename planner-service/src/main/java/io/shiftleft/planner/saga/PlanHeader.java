package io.shiftleft.planner.saga;

import io.shiftleft.planner.environment.FailurePolicy;
import io.shiftleft.planner.plan.PlanKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What never changes about a stored plan.
 *
 * @param planId the plan
 * @param requestId the request it answers
 * @param kind deploy or undeploy
 * @param environment the target environment
 * @param maxParallel the most steps that run at once
 * @param failurePolicy what happens to independent steps after a failure
 * @param startTable the table the plan is named after
 * @param tables the tables its acting steps touch
 * @param summary a one-line description
 * @param createdAt when it was stored
 */
public record PlanHeader(
        String planId,
        String requestId,
        PlanKind kind,
        String environment,
        int maxParallel,
        FailurePolicy failurePolicy,
        String startTable,
        List<String> tables,
        String summary,
        Instant createdAt) {

    public PlanHeader {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(failurePolicy, "failurePolicy");
        tables = List.copyOf(tables);
    }
}
