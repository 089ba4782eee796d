package io.shiftleft.pipeline.naming;

import java.util.Objects;

/**
 * The per-environment inputs of shift_left's naming rules.
 *
 * @param clusterType environment name, shift_left's {@code kafka.cluster_type} (e.g. {@code dev})
 * @param region region used in statement names, shift_left's {@code confluent_cloud.region} (not
 *     {@code cloud_region}); {@code null} means shift_left's default {@value #DEFAULT_REGION}
 * @param includeProductSegment whether statement names carry the table's product, as with
 *     shift_left's default {@code DmlNameModifier}; {@code false} behaves like its {@code
 *     DefaultDmlNameModifier}
 */
public record NamingSettings(String clusterType, String region, boolean includeProductSegment) {

    /** shift_left's default for {@code confluent_cloud.region}. */
    public static final String DEFAULT_REGION = "us-west-2";

    public NamingSettings {
        Objects.requireNonNull(clusterType, "clusterType");
        if (clusterType.isBlank()) {
            throw new IllegalArgumentException("clusterType must not be blank");
        }
        region = region == null ? DEFAULT_REGION : region;
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
    }

    /** Settings with the product segment on, as shift_left's default modifier does. */
    public static NamingSettings of(String clusterType, String region) {
        return new NamingSettings(clusterType, region, true);
    }

    /**
     * The region as shift_left abbreviates it: {@code -} removed, then {@code east→e}, {@code
     * west→w}, {@code south→s}, {@code north→n}, {@code central→c} in that order ({@code
     * us-west-2→usw2}, {@code eu-central-1→euc1}, {@code ap-southeast-1→apse1}).
     */
    public String regionAbbreviation() {
        return abbreviateRegion(region);
    }

    /** {@code <cluster_type>-<region abbreviation>}, the start of every DDL and DML name. */
    public String statementPrefix() {
        return clusterType + "-" + regionAbbreviation();
    }

    /** shift_left's region abbreviation of any region string (case kept, as shift_left does). */
    public static String abbreviateRegion(String region) {
        return region.replace("-", "")
                .replace("east", "e")
                .replace("west", "w")
                .replace("south", "s")
                .replace("north", "n")
                .replace("central", "c");
    }
}
