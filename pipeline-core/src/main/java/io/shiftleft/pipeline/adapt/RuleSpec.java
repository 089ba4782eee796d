package io.shiftleft.pipeline.adapt;

import java.util.Map;
import java.util.Objects;

/**
 * A custom rule named in an environment's configuration: a {@link SqlRuleFactory} found by {@link
 * java.util.ServiceLoader} under {@code name}, or a {@link SqlRule} class.
 *
 * @param name the factory's name, or "" when {@code className} is given
 * @param className the rule's fully qualified class name, or ""
 * @param settings what the rule is configured with
 * @param location where the rule is declared ({@code file:line}), for error messages
 */
public record RuleSpec(
        String name, String className, Map<String, String> settings, String location) {

    public RuleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        if (name.isEmpty() == className.isEmpty()) {
            throw new IllegalArgumentException("a rule has either a name or a class");
        }
        settings = Map.copyOf(settings);
        Objects.requireNonNull(location, "location");
    }

    /** How the rule is named in messages. */
    public String label() {
        return name.isEmpty() ? className : name;
    }
}
