package io.shiftleft.platform;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which statements a {@link FlinkPlatform#list} returns: those carrying every label given, whose
 * name starts with the prefix, on the pool, when each is set. An empty filter means every statement
 * the platform shows to this client.
 */
public record StatementFilter(
        Map<String, String> labels, Optional<String> namePrefix, Optional<String> computePoolId) {

    public StatementFilter {
        labels = Map.copyOf(labels);
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(computePoolId, "computePoolId");
    }

    public static StatementFilter all() {
        return new StatementFilter(Map.of(), Optional.empty(), Optional.empty());
    }

    public static StatementFilter labelled(Map<String, String> labels) {
        return new StatementFilter(labels, Optional.empty(), Optional.empty());
    }

    public static StatementFilter namePrefix(String prefix) {
        return new StatementFilter(Map.of(), Optional.of(prefix), Optional.empty());
    }

    /** Whether a status passes this filter (for adapters that filter on their side). */
    public boolean matches(StatementStatus status) {
        return status.labels().entrySet().containsAll(labels.entrySet())
                && namePrefix.map(status.name()::startsWith).orElse(true)
                && computePoolId
                        .map(p -> status.computePoolId().equals(Optional.of(p)))
                        .orElse(true);
    }
}
