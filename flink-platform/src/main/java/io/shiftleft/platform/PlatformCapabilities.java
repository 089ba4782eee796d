package io.shiftleft.platform;

/**
 * What a platform can do, so callers choose instead of failing.
 *
 * @param computePools whether {@link FlinkPlatform#computePools()} is present
 * @param serverSideLabels whether labels are stored and filtered by the platform (else by the
 *     adapter's store)
 * @param resumeKeepsIdentity whether a resumed statement keeps its platform id (CCF) or becomes a
 *     new job (Flink: resumed from a savepoint)
 * @param offsetCarryOver whether a new statement can start from another's offsets ({@code
 *     restoreFrom} a statement name)
 * @param maxNameLength the longest statement name accepted
 */
public record PlatformCapabilities(
        boolean computePools,
        boolean serverSideLabels,
        boolean resumeKeepsIdentity,
        boolean offsetCarryOver,
        int maxNameLength) {}
