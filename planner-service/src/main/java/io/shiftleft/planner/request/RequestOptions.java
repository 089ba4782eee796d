package io.shiftleft.planner.request;

import java.util.List;

/**
 * The flags of a request, as {@code DeployRequest} and {@code UndeployRequest} carry them.
 *
 * @param excludeTables tables to leave untouched
 * @param forceAncestors redeploy running ancestors too
 * @param mayStartDescendants restart the children a restarted stateful table feeds
 * @param crossProductDeployment let the restart cascade enter other products
 * @param dmlOnly redeploy only the DML of the named tables
 * @param computePoolId fallback compute pool, or null
 * @param maxParallel the most steps that run at once, or null for the environment's
 * @param version the project version asked for, or null (only the folder as it is is supported)
 * @param dryRun plan only; change nothing
 * @param dropTables (undeploy) drop the tables after their statements are deleted
 */
public record RequestOptions(
        List<String> excludeTables,
        boolean forceAncestors,
        boolean mayStartDescendants,
        boolean crossProductDeployment,
        boolean dmlOnly,
        String computePoolId,
        Integer maxParallel,
        String version,
        boolean dryRun,
        boolean dropTables) {

    public RequestOptions {
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }

    /** No flag set (tables are dropped on undeploy, as the schema's default). */
    public static RequestOptions none() {
        return new RequestOptions(
                List.of(), false, false, false, false, null, null, null, false, true);
    }
}
