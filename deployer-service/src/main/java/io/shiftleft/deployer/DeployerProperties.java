package io.shiftleft.deployer;

import io.shiftleft.support.platform.PlatformProperties;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployer's settings ({@code deployer.*}).
 *
 * @param platforms the Flink platform of each environment, by environment name (for example {@code
 *     deployer.platforms.dev.kind=apache-flink} with {@code deployer.platforms.dev.apache.*}); a
 *     command for an environment without one is rejected
 * @param workers how many commands act on platforms at the same time (commands of one statement
 *     always run one after the other)
 * @param maxQueued how many received commands may wait for a worker before the Kafka listener waits
 *     too
 * @param defaultTimeout the deadline of a command whose {@code timeoutMillis} is not positive
 * @param polling how often a command looks at a statement while it waits for a phase
 */
@ConfigurationProperties("deployer")
public record DeployerProperties(
        Map<String, PlatformProperties> platforms,
        @DefaultValue("8") int workers,
        @DefaultValue("1000") int maxQueued,
        @DefaultValue("10m") Duration defaultTimeout,
        @DefaultValue Polling polling) {

    public DeployerProperties {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
        if (workers < 1 || maxQueued < 1) {
            throw new IllegalArgumentException(
                    "deployer.workers and deployer.max-queued must be at least 1, were "
                            + workers
                            + " and "
                            + maxQueued);
        }
        if (defaultTimeout == null || defaultTimeout.isNegative() || defaultTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "deployer.default-timeout must be positive, was " + defaultTimeout);
        }
    }

    /**
     * Waits between looks at a statement: {@code initial}, then ×{@code multiplier}, ±25 %, at most
     * {@code max} (platform-apis C.4: 1 s, ×1.5, 30 s).
     *
     * @param initial the first wait
     * @param multiplier the growth of each next wait
     * @param max the longest wait
     */
    public record Polling(
            @DefaultValue("1s") Duration initial,
            @DefaultValue("1.5") double multiplier,
            @DefaultValue("30s") Duration max) {}
}
