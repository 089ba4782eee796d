package io.shiftleft.planner.request.adapter.in.web;

import io.shiftleft.planner.request.IntakeOutcome;
import io.shiftleft.planner.request.RequestOptions;
import java.time.Instant;
import java.util.List;

/** The JSON bodies of the request endpoints. */
final class RequestBodies {

    private RequestBodies() {}

    /** {@code POST /api/v1/deployments} and {@code /api/v1/plans}: the fields of DeployRequest. */
    record Deployment(
            String requestId,
            String environment,
            String requestedBy,
            List<String> tables,
            String product,
            String directory,
            List<String> excludeTables,
            Boolean forceAncestors,
            Boolean mayStartDescendants,
            Boolean crossProductDeployment,
            Boolean dmlOnly,
            String computePoolId,
            Integer maxParallel,
            String version,
            Boolean dryRun) {

        RequestOptions options() {
            return new RequestOptions(
                    excludeTables,
                    is(forceAncestors),
                    is(mayStartDescendants),
                    is(crossProductDeployment),
                    is(dmlOnly),
                    computePoolId,
                    maxParallel,
                    version,
                    is(dryRun),
                    false);
        }
    }

    /** {@code POST /api/v1/undeployments}: the fields of UndeployRequest. */
    record Undeployment(
            String requestId,
            String environment,
            String requestedBy,
            List<String> tables,
            String product,
            Boolean dropTables,
            Boolean dryRun) {

        RequestOptions options() {
            return new RequestOptions(
                    List.of(),
                    false,
                    false,
                    false,
                    false,
                    null,
                    null,
                    null,
                    is(dryRun),
                    dropTables == null || dropTables);
        }
    }

    /** The answer to an accepted request. */
    record Accepted(String requestId, String planId, boolean repeated, String plan) {

        static Accepted of(IntakeOutcome outcome) {
            return new Accepted(
                    outcome.request().requestId(),
                    outcome.planId(),
                    outcome.repeated(),
                    "/api/v1/plans/" + outcome.planId());
        }
    }

    /** A recorded request and what was decided. */
    record Request(
            String requestId,
            String kind,
            String environment,
            String requestedBy,
            List<String> tables,
            String product,
            String directory,
            RequestOptions options,
            boolean accepted,
            String reason,
            String planId,
            Instant occurredAt) {

        static Request of(IntakeOutcome o) {
            return new Request(
                    o.request().requestId(),
                    o.request().kind().name(),
                    o.request().environment(),
                    o.request().requestedBy(),
                    o.request().tables(),
                    o.request().product(),
                    o.request().directory(),
                    o.request().options(),
                    o.accepted(),
                    o.reason(),
                    o.planId(),
                    o.request().occurredAt());
        }
    }

    private static boolean is(Boolean value) {
        return value != null && value;
    }
}
