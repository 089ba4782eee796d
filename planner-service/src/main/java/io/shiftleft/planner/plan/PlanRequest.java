package io.shiftleft.planner.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a plan is asked for. The scope is the first non-empty of tables, product, directory.
 *
 * @param kind deploy or undeploy
 * @param environment the target environment
 * @param tables target tables
 * @param product target product, or null
 * @param directory target folder of the project, or null
 * @param excludeTables tables to leave untouched
 * @param forceAncestors redeploy running ancestors too
 * @param mayStartDescendants restart the children a restarted stateful table feeds
 * @param crossProductDeployment let the restart cascade enter other products
 * @param dmlOnly redeploy only the DML of the target tables
 * @param computePoolId fallback compute pool, or null for the environment's
 * @param dropTables (undeploy) drop the tables after deleting their statements
 */
public record PlanRequest(
        PlanKind kind,
        String environment,
        List<String> tables,
        String product,
        String directory,
        List<String> excludeTables,
        boolean forceAncestors,
        boolean mayStartDescendants,
        boolean crossProductDeployment,
        boolean dmlOnly,
        String computePoolId,
        boolean dropTables) {

    public PlanRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        tables = List.copyOf(tables);
        excludeTables = List.copyOf(excludeTables);
    }

    /** Whether the product is the scope (no table named). */
    public boolean byProduct() {
        return tables.isEmpty() && product != null && !product.isBlank();
    }

    /** Whether the directory is the scope (no table nor product named). */
    public boolean byDirectory() {
        return tables.isEmpty() && !byProduct() && directory != null && !directory.isBlank();
    }
}
