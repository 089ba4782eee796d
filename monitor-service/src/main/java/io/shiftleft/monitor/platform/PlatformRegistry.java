package io.shiftleft.monitor.platform;

import io.shiftleft.platform.FlinkPlatform;
import java.util.Optional;
import java.util.Set;

/** The Flink platform of each watched environment, and which of its statements are managed. */
public interface PlatformRegistry {

    /** The platform of the environment, empty when it is not watched. */
    Optional<FlinkPlatform> find(String environment);

    /** Which statements of the environment the monitor tracks. */
    ManagedSelector selector(String environment);

    /** The watched environments. */
    Set<String> environments();
}
