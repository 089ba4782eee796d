package io.shiftleft.deployer.platform;

import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.SqlHash;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform calls of one step, within its deadline: look up, delete if present, submit, stop,
 * resume and await a phase. Specs get the step's properties (without the deployer's own) and its
 * compute pool where the platform has pools.
 */
final class StatementOps {

    private static final Logger log = LoggerFactory.getLogger(StatementOps.class);

    private final FlinkPlatform platform;
    private final Step step;
    private final Deadline deadline;

    StatementOps(FlinkPlatform platform, Step step, Deadline deadline) {
        this.platform = platform;
        this.step = step;
        this.deadline = deadline;
    }

    Optional<StatementStatus> find(String name) {
        return platform.get(name);
    }

    /** Deletes the statement if the platform has it; answers whether it had. */
    boolean deleteIfPresent(String name) {
        if (platform.get(name).isEmpty()) {
            return false;
        }
        platform.delete(name);
        return true;
    }

    /** Deletes the statement, logging (not throwing) a failure: for clean-up after the work. */
    void deleteQuietly(String name) {
        try {
            platform.delete(name);
        } catch (PlatformException e) {
            log.warn("Could not delete statement {} after use: {}", name, e.getMessage());
        }
    }

    StatementStatus submit(String name, String sql) {
        StatementSpec spec = StatementSpec.of(name, sql).withProperties(step.platformProperties());
        if (platform.capabilities().computePools() && step.computePoolId().isPresent()) {
            spec = spec.withComputePool(step.computePoolId().get());
        }
        return platform.submit(spec);
    }

    StatementStatus stop(String name) {
        return platform.stop(name, StopMode.SAVEPOINT);
    }

    StatementStatus resume(String name) {
        boolean pools = platform.capabilities().computePools();
        return platform.resume(
                name,
                new ResumeOptions(
                        pools ? step.computePoolId() : Optional.empty(), Optional.empty()));
    }

    /** Waits, within the step's deadline, until the statement is in the phase. */
    StatementStatus await(String name, StatementPhase phase) {
        return platform.awaitPhase(
                name, Set.of(phase), deadline.remaining(name, "it was " + phase));
    }

    /** Whether the status is of a statement running exactly this SQL. */
    static boolean sameSql(StatementStatus status, String sql) {
        return status.sqlHash().equals(Optional.of(SqlHash.of(sql)));
    }

    int maxNameLength() {
        return platform.capabilities().maxNameLength();
    }
}
