package io.shiftleft.platform;

/**
 * A Confluent Cloud compute pool.
 *
 * @param id {@code lfcp-…}
 * @param name its display name
 * @param phase PROVISIONING, PROVISIONED, FAILED or DEPROVISIONING, as the platform says
 * @param currentCfu compute units in use now
 * @param maxCfu the pool's limit
 * @param cloud the cloud provider
 * @param region the cloud region
 */
public record ComputePool(
        String id,
        String name,
        String phase,
        int currentCfu,
        int maxCfu,
        String cloud,
        String region) {

    /** Used over maximum, 0 to 1 (0 for a pool without a maximum). */
    public double usage() {
        return maxCfu == 0 ? 0 : (double) currentCfu / maxCfu;
    }
}
