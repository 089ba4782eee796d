package io.shiftleft.monitorbench;

import io.shiftleft.monitor.platform.ManagedSelector;
import io.shiftleft.monitor.platform.PlatformRegistry;
import io.shiftleft.monitor.tracking.CycleCompleted;
import io.shiftleft.platform.FlinkPlatform;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * Puts the simulated platform in place of the configured ones, as environment "bench". In a package
 * of its own, outside the monitor's component scan, so only the benchmark imports it.
 */
@Configuration(proxyBeanMethods = false)
public class BenchPlatforms {

    public static final String ENV = "bench";

    /** The platform the next context uses (set by the benchmark before it starts one). */
    public static volatile SimulatedPlatform platform;

    /** Every cycle of every context, from the first (which runs as the context starts). */
    public static final List<CycleCompleted> CYCLES = new CopyOnWriteArrayList<>();

    @EventListener
    void cycled(CycleCompleted cycle) {
        CYCLES.add(cycle);
    }

    @Bean
    @Primary
    PlatformRegistry benchRegistry() {
        SimulatedPlatform simulated = platform;
        return new PlatformRegistry() {
            @Override
            public Optional<FlinkPlatform> find(String environment) {
                return ENV.equals(environment) ? Optional.of(simulated) : Optional.empty();
            }

            @Override
            public ManagedSelector selector(String environment) {
                return ManagedSelector.ALL;
            }

            @Override
            public Set<String> environments() {
                return Set.of(ENV);
            }
        };
    }
}
