package io.shiftleft.monitor.platform.adapter.out.flink;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.monitor.platform.ManagedSelector;
import io.shiftleft.monitor.platform.PlatformRegistry;
import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.support.platform.FlinkPlatforms;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The {@link PlatformRegistry} of the configuration: one adapter per {@code
 * monitor.environments.<name>.platform}, built at startup by the shared {@link FlinkPlatforms}, so
 * a wrong setting stops the monitor with a message that names it. On Apache Flink the adapter lists
 * the statements of the monitor's catalog (what shift-left deployed there) joined with the
 * cluster's jobs overview.
 */
@Component
class ConfiguredPlatforms implements PlatformRegistry, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredPlatforms.class);

    /** Waits of {@code awaitPhase}, which the monitor never calls; the adapters require one. */
    private static final Backoff POLLING =
            new Backoff(Duration.ofSeconds(1), 1.5, 0.25, Duration.ofSeconds(30));

    private final Map<String, FlinkPlatform> platforms = new LinkedHashMap<>();
    private final Map<String, ManagedSelector> selectors = new LinkedHashMap<>();

    ConfiguredPlatforms(MonitorProperties properties, StatementCatalog catalog) {
        properties
                .environments()
                .forEach(
                        (env, settings) -> {
                            String prefix = "monitor.environments." + env + ".platform";
                            if (settings.platform() == null) {
                                throw new IllegalStateException(
                                        prefix + ".kind is required for a watched environment");
                            }
                            FlinkPlatform built =
                                    FlinkPlatforms.build(
                                            prefix,
                                            settings.platform(),
                                            POLLING,
                                            () -> new CatalogStatementStore(catalog, env));
                            platforms.put(env, built);
                            selectors.put(
                                    env,
                                    new ManagedSelector(
                                            settings.labels(), settings.namePrefixes()));
                            log.info(
                                    "Environment {} is watched on {} ({})",
                                    env,
                                    settings.platform().kind(),
                                    built);
                        });
    }

    @Override
    public Optional<FlinkPlatform> find(String environment) {
        return Optional.ofNullable(platforms.get(environment));
    }

    @Override
    public ManagedSelector selector(String environment) {
        return selectors.getOrDefault(environment, ManagedSelector.ALL);
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
