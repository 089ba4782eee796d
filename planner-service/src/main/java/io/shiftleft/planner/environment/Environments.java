package io.shiftleft.planner.environment;

import io.shiftleft.planner.PlannerException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The configured environments, by name. */
public final class Environments {

    private final Map<String, EnvironmentSettings> byName;

    public Environments(Map<String, EnvironmentSettings> byName) {
        this.byName = new TreeMap<>(byName);
    }

    public Optional<EnvironmentSettings> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The environment's settings.
     *
     * @throws PlannerException UNKNOWN_ENVIRONMENT naming the configured ones
     */
    public EnvironmentSettings require(String name) {
        EnvironmentSettings settings = byName.get(name);
        if (settings == null) {
            throw new PlannerException(
                    PlannerException.Reason.UNKNOWN_ENVIRONMENT,
                    "unknown environment '"
                            + name
                            + "': the planner is configured for "
                            + (byName.isEmpty()
                                    ? "none (set planner.environments)"
                                    : byName.keySet()));
        }
        return settings;
    }
}
