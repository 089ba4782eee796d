package io.shiftleft.deployer.platform;

import io.shiftleft.platform.FlinkPlatform;
import java.util.Optional;
import java.util.Set;

/** The Flink platform of each environment, as configured. */
public interface PlatformRegistry {

    /** The platform of the environment, empty when none is configured. */
    Optional<FlinkPlatform> find(String environment);

    /** The environments that have a platform. */
    Set<String> environments();
}
