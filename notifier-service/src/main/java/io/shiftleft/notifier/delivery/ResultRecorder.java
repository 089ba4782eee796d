package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes attempt results in batches, one transaction each: the deliveries' new state, their
 * attempts, the endpoints' health (a success ends a failing period; a 410 or a failing period
 * longer than {@code notifier.delivery.disable-after} disables the endpoint, with an {@link
 * EndpointDisabled} event in the same transaction). A result lost in a crash only means its
 * delivery is sent again when its lease ends.
 */
@Component
public class ResultRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);
    private static final int MAX_BATCH = 500;

    private final DeliveryStore store;
    private final SubscriptionService subscriptions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final NotifierProperties properties;
    private final Clock clock;
    private final BlockingQueue<DeliveryStore.Recorded> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    ResultRecorder(
            DeliveryStore store,
            SubscriptionService subscriptions,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            NotifierProperties properties,
            Clock clock) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a result for the next batch. */
    void add(DeliveryStore.Recorded result) {
        queue.add(result);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "notifier-results");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<DeliveryStore.Recorded> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops after the worker (which stops first, at a higher phase) has handed in its results.
        return Integer.MAX_VALUE - 200;
    }

    private void run() {
        while (running) {
            List<DeliveryStore.Recorded> batch = new ArrayList<>();
            try {
                DeliveryStore.Recorded first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                queue.addAll(batch);
                return;
            }
        }
    }

    /** Writes one batch, retrying a few times while the database is unreachable. */
    void write(List<DeliveryStore.Recorded> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> writeOnce(batch));
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    log.error(
                            "Could not record {} attempt results; their deliveries are sent again"
                                    + " when their leases end",
                            batch.size(),
                            e);
                    return;
                }
                log.warn(
                        "Recording {} attempt results failed (try {}): {}",
                        batch.size(),
                        attempt,
                        e.toString());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void writeOnce(List<DeliveryStore.Recorded> batch) {
        store.record(batch);
        Instant now = clock.instant();
        Set<UUID> healthy = new LinkedHashSet<>();
        Set<UUID> failing = new LinkedHashSet<>();
        Set<UUID> gone = new LinkedHashSet<>();
        for (DeliveryStore.Recorded r : batch) {
            UUID id = r.claimed().subscriptionId();
            switch (r.outcome()) {
                case SUCCEEDED -> healthy.add(id);
                case FAILED, THROTTLED -> failing.add(id);
                case GONE -> gone.add(id);
                case SKIPPED -> {}
            }
        }
        failing.removeAll(healthy);
        subscriptions.markHealthy(healthy);
        subscriptions.markFailing(failing, now);
        for (UUID id : gone) {
            disable(id, "endpoint answered 410 Gone at " + now, now);
        }
        for (UUID id : failing) {
            subscriptions
                    .lookup(id)
                    .filter(Subscription::enabled)
                    .filter(s -> s.failingSince() != null)
                    .filter(
                            s ->
                                    !s.failingSince()
                                            .plus(properties.delivery().disableAfter())
                                            .isAfter(now))
                    .ifPresent(
                            s ->
                                    disable(
                                            id,
                                            "failing since "
                                                    + s.failingSince()
                                                    + " without a success for "
                                                    + properties.delivery().disableAfter(),
                                            now));
        }
    }

    private void disable(UUID id, String reason, Instant now) {
        if (subscriptions.disable(id, reason, now)) {
            Subscription s = subscriptions.find(id);
            events.publishEvent(
                    new EndpointDisabled(id, s.channel().label(), s.targetDisplay(), reason, now));
        }
    }
}
