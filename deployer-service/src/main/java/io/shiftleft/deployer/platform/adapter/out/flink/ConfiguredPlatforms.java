package io.shiftleft.deployer.platform.adapter.out.flink;

import io.shiftleft.deployer.DeployerProperties;
import io.shiftleft.deployer.platform.PlatformRegistry;
import io.shiftleft.deployer.platform.adapter.out.jdbc.JdbcStatementStores;
import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.support.platform.FlinkPlatforms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The {@link PlatformRegistry} of the configuration: one adapter per environment of {@code
 * deployer.platforms}, built at startup by the shared {@link FlinkPlatforms} (service-support), so
 * a wrong setting stops the service with a message that names it rather than failing commands
 * later. Apache Flink environments keep their statements in the deployer's database. Closed with
 * the application (the Apache adapter's gateway session; its jobs keep running).
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
                            FlinkPlatform built =
                                    FlinkPlatforms.build(
                                            "deployer.platforms." + env,
                                            platform,
                                            polling,
                                            () -> stores.forEnvironment(env));
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
        FlinkPlatforms.close(platforms.values());
    }
}
