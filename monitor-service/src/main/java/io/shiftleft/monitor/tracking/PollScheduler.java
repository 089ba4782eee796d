package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.platform.PlatformRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs each watched environment's cycle every {@code monitor.poll-interval} (at a fixed rate: a
 * slow cycle is followed at once by the next), each environment on its own schedule, on at most
 * four threads; and purges old history hourly. Starts last, once Kafka and the database are up.
 */
@Component
class PollScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

    private final StatementTracker tracker;
    private final PlatformRegistry platforms;
    private final MonitorProperties properties;
    private volatile ScheduledExecutorService executor;

    PollScheduler(
            StatementTracker tracker, PlatformRegistry platforms, MonitorProperties properties) {
        this.tracker = tracker;
        this.platforms = platforms;
        this.properties = properties;
    }

    @Override
    public void start() {
        Set<String> environments = platforms.environments();
        AtomicInteger n = new AtomicInteger();
        ScheduledExecutorService s =
                Executors.newScheduledThreadPool(
                        Math.max(1, Math.min(environments.size(), 4)),
                        r -> {
                            Thread t = new Thread(r, "monitor-poll-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        long every = properties.pollInterval().toMillis();
        for (String environment : environments) {
            s.scheduleAtFixedRate(() -> cycle(environment), 0, every, TimeUnit.MILLISECONDS);
        }
        long hour = Duration.ofHours(1).toMillis();
        s.scheduleWithFixedDelay(this::purge, hour, hour, TimeUnit.MILLISECONDS);
        executor = s;
        log.info("Watching {} every {}", environments, properties.pollInterval());
    }

    private void cycle(String environment) {
        try {
            tracker.cycle(environment);
        } catch (RuntimeException e) {
            // A failed cycle must not cancel the schedule: the next one tries again.
            log.error("The poll cycle of environment {} failed", environment, e);
        }
    }

    private void purge() {
        try {
            tracker.purge();
        } catch (RuntimeException e) {
            log.warn("Purging the monitor's history failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = executor;
        executor = null;
        if (s != null) {
            s.shutdownNow();
            try {
                s.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
