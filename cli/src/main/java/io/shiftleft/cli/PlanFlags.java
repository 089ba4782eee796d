package io.shiftleft.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The flags of shift_left's {@code build-execution-plan} that shape a plan, shared by {@code plan}
 * (computed here) and {@code deploy} (computed by the planner).
 */
final class PlanFlags {

    @Option(names = "--force-ancestors", description = "Redeploy running ancestors too.")
    boolean forceAncestors;

    @Option(names = "--may-start-descendants", description = "Restart impacted descendants.")
    boolean mayStartDescendants;

    @Option(names = "--dml-only", description = "Redeploy only the DML of the requested tables.")
    boolean dmlOnly;

    @Option(names = "--cross-product-deployment", description = "Let restarts cross products.")
    boolean crossProduct;

    @Option(
            names = "--exclude-table-file-name",
            paramLabel = "FILE",
            description = "Tables never to touch, one per line (# comments allowed).")
    Path excludeFile;

    @Option(names = "--compute-pool-id", description = "Pool for tables that have none.")
    String computePoolId;
}
