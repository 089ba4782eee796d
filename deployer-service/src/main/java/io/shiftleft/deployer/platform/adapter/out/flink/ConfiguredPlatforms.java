package io.shiftleft.deployer.platform.adapter.out.flink;

import io.shiftleft.deployer.DeployerProperties;
import io.shiftleft.deployer.PlatformProperties;
import io.shiftleft.deployer.platform.PlatformRegistry;
import io.shiftleft.deployer.platform.adapter.out.jdbc.JdbcStatementStores;
import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.Sleeper;
import io.shiftleft.platform.apache.ApacheFlinkPlatform;
import io.shiftleft.platform.confluent.ConfluentCloudPlatform;
import io.shiftleft.platform.confluent.Pacing;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The {@link PlatformRegistry} of the configuration: one adapter per environment of {@code
 * deployer.platforms}, built at startup, so a wrong setting stops the service with a message that
 * names it rather than failing commands later. Closed with the application (the Apache adapter's
 * gateway session; its jobs keep running).
 */
@Component
class ConfiguredPlatforms implements PlatformRegistry, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredPlatforms.class);

    private final Map<String, FlinkPlatform> platforms = new LinkedHashMap<>();

    ConfiguredPlatforms(DeployerProperties properties, JdbcStatementStores stores) {
        DeployerProperties.Polling p = properties.polling();
        Backoff polling = new Backoff(p.initial(), p.multiplier(), 0.25, p.max());
        properties
                .platforms()
                .forEach(
                        (env, platform) -> {
                            FlinkPlatform built = build(env, platform, polling, stores);
                            platforms.put(env, built);
                            log.info(
                                    "Environment {} deploys on {} ({})",
                                    env,
                                    platform.kind(),
                                    built);
                        });
    }

    @Override
    public Optional<FlinkPlatform> find(String environment) {
        return Optional.ofNullable(platforms.get(environment));
    }

    @Override
    public Set<String> environments() {
        return Set.copyOf(platforms.keySet());
    }

    @Override
    public void destroy() {
        platforms.values().stream()
                .filter(ApacheFlinkPlatform.class::isInstance)
                .map(ApacheFlinkPlatform.class::cast)
                .forEach(ApacheFlinkPlatform::close);
    }

    private static FlinkPlatform build(
            String env, PlatformProperties platform, Backoff polling, JdbcStatementStores stores) {
        String prefix = "deployer.platforms." + env;
        String kind = platform.kind() == null ? "" : platform.kind().strip();
        try {
            return switch (kind) {
                case PlatformProperties.APACHE_FLINK -> {
                    PlatformProperties.Apache a = require(platform.apache(), prefix + ".apache");
                    yield new ApacheFlinkPlatform(
                            PlatformSettings.apache(a, prefix + ".apache"),
                            stores.forEnvironment(env),
                            new PhasePoller(Clock.systemUTC(), Sleeper.SYSTEM, polling, random()),
                            Clock.systemUTC(),
                            Sleeper.SYSTEM);
                }
                case PlatformProperties.CONFLUENT_CLOUD -> {
                    PlatformProperties.Confluent c =
                            require(platform.confluent(), prefix + ".confluent");
                    yield new ConfluentCloudPlatform(
                            PlatformSettings.confluent(c, prefix + ".confluent"),
                            new Pacing(
                                    Clock.systemUTC(),
                                    Sleeper.SYSTEM,
                                    random(),
                                    Pacing.REQUESTS,
                                    polling));
                }
                default ->
                        throw new IllegalStateException(
                                prefix
                                        + ".kind is '"
                                        + kind
                                        + "'; expected "
                                        + PlatformProperties.CONFLUENT_CLOUD
                                        + " or "
                                        + PlatformProperties.APACHE_FLINK);
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(
                    "The Flink platform of environment "
                            + env
                            + " is misconfigured ("
                            + prefix
                            + "): "
                            + e.getMessage(),
                    e);
        }
    }

    private static <T> T require(T settings, String prefix) {
        if (settings == null) {
            throw new IllegalStateException(prefix + ".* is required for this kind of platform");
        }
        return settings;
    }

    /** Jitter from each calling thread's own generator: adapters are shared between workers. */
    private static RandomGenerator random() {
        return () -> ThreadLocalRandom.current().nextLong();
    }
}
