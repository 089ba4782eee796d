package io.shiftleft.pipeline.plan;

import java.util.Set;

/**
 * The flags of a plan request, named after shift_left's command-line flags.
 *
 * @param mayStartDescendants restart the children a restarted stateful table feeds, transitively
 * @param forceAncestors redeploy ancestors even when they run
 * @param dmlOnly redeploy only the DML of the requested tables (their tables are kept)
 * @param crossProductDeployment let the restart cascade cross into other products
 * @param excludeTables tables that stay in the plan but are never touched
 * @param defaultComputePoolId pool for tables that have none, or null
 * @param commonProducts products the cascade may always enter (shift_left's {@code
 *     app.accepted_common_products})
 */
public record PlanOptions(
        boolean mayStartDescendants,
        boolean forceAncestors,
        boolean dmlOnly,
        boolean crossProductDeployment,
        Set<String> excludeTables,
        String defaultComputePoolId,
        Set<String> commonProducts) {

    public PlanOptions {
        excludeTables = Set.copyOf(excludeTables);
        commonProducts = Set.copyOf(commonProducts);
    }

    /** No flag set. */
    public static PlanOptions defaults() {
        return new PlanOptions(false, false, false, false, Set.of(), null, Set.of());
    }

    public PlanOptions withMayStartDescendants(boolean value) {
        return new PlanOptions(
                value,
                forceAncestors,
                dmlOnly,
                crossProductDeployment,
                excludeTables,
                defaultComputePoolId,
                commonProducts);
    }

    public PlanOptions withForceAncestors(boolean value) {
        return new PlanOptions(
                mayStartDescendants,
                value,
                dmlOnly,
                crossProductDeployment,
                excludeTables,
                defaultComputePoolId,
                commonProducts);
    }

    public PlanOptions withDmlOnly(boolean value) {
        return new PlanOptions(
                mayStartDescendants,
                forceAncestors,
                value,
                crossProductDeployment,
                excludeTables,
                defaultComputePoolId,
                commonProducts);
    }

    public PlanOptions withCrossProductDeployment(boolean value) {
        return new PlanOptions(
                mayStartDescendants,
                forceAncestors,
                dmlOnly,
                value,
                excludeTables,
                defaultComputePoolId,
                commonProducts);
    }

    public PlanOptions withExcludeTables(Set<String> value) {
        return new PlanOptions(
                mayStartDescendants,
                forceAncestors,
                dmlOnly,
                crossProductDeployment,
                value,
                defaultComputePoolId,
                commonProducts);
    }

    public PlanOptions withDefaultComputePoolId(String value) {
        return new PlanOptions(
                mayStartDescendants,
                forceAncestors,
                dmlOnly,
                crossProductDeployment,
                excludeTables,
                value,
                commonProducts);
    }
}
