package io.shiftleft.platform;

import java.util.List;
import java.util.Optional;

/** Compute pools, on the platforms that have them (Confluent Cloud). */
public interface ComputePools {

    /** Every pool of the environment, all pages, optionally only one region's. */
    List<ComputePool> list(Optional<String> region);

    /** The pool, if it exists. */
    Optional<ComputePool> get(String id);

    /** Asks for a new pool; answers it as accepted (usually PROVISIONING). */
    ComputePool create(String name, int maxCfu, String cloud, String region);

    /** Changes a pool's maximum. */
    ComputePool updateMaxCfu(String id, int maxCfu);

    /** Deletes a pool; a pool already gone is not an error. */
    void delete(String id);
}
