package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.model.TableNode;
import java.util.Optional;

/**
 * Finds an existing compute pool with room for a table (for example the pool named after it).
 * Planning never creates a pool: that is the deployer's decision when it executes the plan.
 */
@FunctionalInterface
public interface ComputePoolResolver {

    /** A pool for the table, if one fits. */
    Optional<String> poolFor(TableNode table);

    /** Knows no pool: every table gets the request's default pool. */
    static ComputePoolResolver none() {
        return table -> Optional.empty();
    }
}
