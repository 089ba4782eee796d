package io.shiftleft.pipeline.adapt;

import java.util.Map;

/**
 * Makes a custom {@link SqlRule} from its settings. Implementations are found with {@link
 * java.util.ServiceLoader} (listed in {@code
 * META-INF/services/io.shiftleft.pipeline.adapt.SqlRuleFactory}) and named in an environment's
 * {@code rules} by {@link #name()}.
 */
public interface SqlRuleFactory {

    /** The name configuration uses. */
    String name();

    /**
     * A rule configured with these settings.
     *
     * @throws IllegalArgumentException when a setting is missing or wrong, saying which
     */
    SqlRule create(Map<String, String> settings);
}
