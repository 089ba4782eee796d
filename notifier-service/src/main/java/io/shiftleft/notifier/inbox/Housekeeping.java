package io.shiftleft.notifier.inbox;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.delivery.DeliveryLog;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Deletes inbox events and finished deliveries older than {@code notifier.retention}, hourly. */
@Component
class Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final InboxStore inbox;
    private final DeliveryLog deliveries;
    private final NotifierProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    Housekeeping(
            InboxStore inbox, DeliveryLog deliveries, NotifierProperties properties, Clock clock) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    void purge() {
        Instant before = clock.instant().minus(properties.retention());
        int d = deliveries.purgeFinished(before);
        int e = inbox.purge(before);
        if (d + e > 0) {
            log.info(
                    "Purged {} finished deliveries and {} inbox events older than {}",
                    d,
                    e,
                    before);
        }
    }

    @Override
    public synchronized void start() {
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "notifier-housekeeping");
                            t.setDaemon(true);
                            return t;
                        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        purge();
                    } catch (RuntimeException ex) {
                        log.warn("Purge failed: {}", ex.toString());
                    }
                },
                1,
                60,
                TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
