package io.shiftleft.pipeline.adapt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The target environments a project can be rendered for: those of its environments file, plus the
 * built-in {@code local} unless the file defines its own.
 *
 * @param byName the environments by name
 * @param source where they come from (the file, or "built-in"), for messages
 */
public record Environments(Map<String, TargetEnvironment> byName, String source) {

    public Environments {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        Objects.requireNonNull(source, "source");
    }

    /** The built-in environments only: {@code local}. */
    public static Environments builtIn() {
        return new Environments(Map.of("local", TargetEnvironment.local()), "built-in");
    }

    /**
     * The environment of this name.
     *
     * @throws EnvironmentConfigException naming the environments that exist
     */
    public TargetEnvironment get(String name) {
        TargetEnvironment env = byName.get(name);
        if (env == null) {
            throw new EnvironmentConfigException(
                    "Unknown environment '"
                            + name
                            + "' (defined: "
                            + String.join(", ", new TreeMap<>(byName).keySet())
                            + "; from "
                            + source
                            + ")");
        }
        return env;
    }
}
