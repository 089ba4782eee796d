package io.shiftleft.monitor.metrics;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.platform.PlatformRegistry;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs a metrics sweep of each environment every {@code monitor.metrics.interval}, on one thread
 * apart from the poll cycles (a slow metrics API never delays a status change), and purges samples
 * older than the window.
 */
@Component
class MetricsScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MetricsScheduler.class);

    private final MetricsSampler sampler;
    private final PlatformRegistry platforms;
    private final MonitorProperties.Metrics settings;
    private volatile ScheduledExecutorService executor;

    MetricsScheduler(
            MetricsSampler sampler, PlatformRegistry platforms, MonitorProperties properties) {
        this.sampler = sampler;
        this.platforms = platforms;
        this.settings = properties.metrics();
    }

    @Override
    public void start() {
        ScheduledExecutorService s =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "monitor-metrics");
                            t.setDaemon(true);
                            return t;
                        });
        long every = settings.interval().toMillis();
        Set<String> environments = platforms.environments();
        s.scheduleWithFixedDelay(() -> sweep(environments), every, every, TimeUnit.MILLISECONDS);
        executor = s;
    }

    private void sweep(Set<String> environments) {
        for (String environment : environments) {
            try {
                sampler.sweep(environment);
            } catch (RuntimeException e) {
                log.warn(
                        "The metrics sweep of environment {} failed: {}",
                        environment,
                        e.toString());
            }
        }
        try {
            sampler.purge();
        } catch (RuntimeException e) {
            log.warn("Purging old metric samples failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = executor;
        executor = null;
        if (s != null) {
            s.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
