package io.shiftleft.notifier.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.subscription.Credentials;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: one thread claims batches (at most as many as there are free sending slots)
 * and a pool of {@code notifier.delivery.concurrency} threads sends them, handing each result to
 * the {@link ResultRecorder}. New deliveries recorded in this instance are mostly handed over in
 * memory, already leased to this worker in the transaction that recorded them ({@link
 * DeliveryQueue}); the rest it claims when woken and otherwise every {@code
 * notifier.delivery.poll-interval}, which is how retries, other instances' deliveries and those of
 * a crashed instance are found.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final SubscriptionService subscriptions;
    private final List<Transport> transports;
    private final ResultRecorder recorder;
    private final NotifierProperties.Delivery settings;
    private final Outcomes outcomes;
    private final Clock clock;
    private final DeliveryMeters meters;
    private final Object signal = new Object();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int threshold;
    private final UUID token = UUID.randomUUID();
    private boolean woken;
    private volatile boolean running;
    private ExecutorService senders;
    private Thread poller;

    DeliveryWorker(
            DeliveryStore store,
            SubscriptionService subscriptions,
            List<Transport> transports,
            ResultRecorder recorder,
            NotifierProperties properties,
            Clock clock,
            MeterRegistry registry) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.transports = List.copyOf(transports);
        this.recorder = recorder;
        this.settings = properties.delivery();
        this.outcomes =
                new Outcomes(
                        new RetrySchedule(
                                settings.retrySchedule(),
                                settings.jitter(),
                                () ->
                                        java.util.concurrent.ThreadLocalRandom.current()
                                                .nextDouble()),
                        settings.maxRetryAfter());
        this.clock = clock;
        this.meters = new DeliveryMeters(registry);
        this.threshold = Math.max(1, Math.min(settings.batchSize(), settings.concurrency()) / 4);
    }

    /** Looks for due deliveries now (new ones were committed). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            log.info("Delivery is off in this instance (notifier.delivery.enabled=false)");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        senders =
                Executors.newFixedThreadPool(
                        settings.concurrency(),
                        r -> {
                            Thread t = new Thread(r, "notifier-send-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        running = true;
        poller = new Thread(this::run, "notifier-deliveries");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            poller.join(5_000);
            senders.shutdown();
            if (!senders.awaitTermination(
                    settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** Deliveries being sent now, or with a sending slot reserved for them. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The token of this worker's claims. */
    UUID leaseToken() {
        return token;
    }

    /** Until when a delivery claimed now stays with this worker. */
    Instant leaseUntil(Instant now) {
        return now.plus(settings.lease());
    }

    /**
     * Reserves up to {@code wanted} sending slots for deliveries to be handed over with {@link
     * #hand} once their transaction commits; answers how many were reserved (none when delivery is
     * off or every slot is taken). Unused slots go back with {@link #release}.
     */
    int reserve(int wanted) {
        if (!running || wanted < 1) {
            return 0;
        }
        while (true) {
            int now = inFlight.get();
            int take = Math.min(wanted, settings.concurrency() - now);
            if (take <= 0) {
                return 0;
            }
            if (inFlight.compareAndSet(now, now + take)) {
                return take;
            }
        }
    }

    /** Gives back reserved slots that were not used. */
    void release(int slots) {
        for (int i = 0; i < slots; i++) {
            freeSlot();
        }
    }

    /**
     * Sends deliveries this worker already holds a lease on (recorded with its token in a committed
     * transaction), in the slots {@link #reserve} gave: no claim query between a new delivery and
     * its first attempt. If they cannot be sent here, their lease ends and they are claimed again.
     */
    void hand(List<ClaimedDelivery> leased) {
        for (int i = 0; i < leased.size(); i++) {
            ClaimedDelivery d = leased.get(i);
            try {
                senders.execute(() -> attempt(d));
            } catch (RejectedExecutionException e) {
                release(leased.size() - i);
                return;
            }
        }
    }

    private void run() {
        while (running) {
            int free = settings.concurrency() - inFlight.get();
            if (free < threshold) {
                await(false);
                continue;
            }
            int want = Math.min(free, settings.batchSize());
            List<ClaimedDelivery> claimed;
            try {
                Instant now = clock.instant();
                claimed = store.claim(now, want, now.plus(settings.lease()), token);
            } catch (RuntimeException e) {
                log.warn("Claiming due deliveries failed: {}", e.toString());
                await(true);
                continue;
            }
            for (ClaimedDelivery d : claimed) {
                inFlight.incrementAndGet();
                senders.execute(() -> attempt(d));
            }
            if (claimed.size() < want) {
                await(true);
            }
        }
    }

    /** Waits for a wake-up, a free slot (unless {@code forWork}) or the poll interval. */
    private void await(boolean forWork) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(forWork ? settings.pollInterval().toMillis() : 20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    private void attempt(ClaimedDelivery d) {
        Instant started = clock.instant();
        try {
            if (!d.subscriptionEnabled()) {
                recorder.add(Outcomes.skipped(d, started));
                return;
            }
            if (d.attempts() == 0) {
                meters.firstAttempt(d, started);
            }
            Credentials credentials =
                    subscriptions.credentials(d.subscriptionId(), d.subscriptionVersion());
            Message message = Messages.compose(d, credentials, started);
            AttemptResult result = transport(d).send(message);
            meters.attempt(d, result);
            recorder.add(outcomes.decide(d, started, result, clock.instant()));
        } catch (RuntimeException e) {
            int ms = (int) Duration.between(started, clock.instant()).toMillis();
            recorder.add(
                    outcomes.decide(
                            d, started, AttemptResult.failed(e.toString(), ms), clock.instant()));
        } finally {
            freeSlot();
        }
    }

    private void freeSlot() {
        if (inFlight.decrementAndGet() == settings.concurrency() - threshold) {
            synchronized (signal) {
                signal.notifyAll();
            }
        }
    }

    private Transport transport(ClaimedDelivery d) {
        for (Transport t : transports) {
            if (t.carries(d.channel())) {
                return t;
            }
        }
        throw new IllegalStateException("No transport carries " + d.channel());
    }

    /** The delivery meters (attempts by channel and outcome, delay to first attempt). */
    private static final class DeliveryMeters {

        private final MeterRegistry registry;
        private final Timer firstAttemptDelay;

        DeliveryMeters(MeterRegistry registry) {
            this.registry = registry;
            this.firstAttemptDelay =
                    Timer.builder("notifier.delivery.first.attempt.delay")
                            .description(
                                    "From the event's occurrence to its delivery's first attempt")
                            .publishPercentiles(0.5, 0.99)
                            .register(registry);
        }

        void firstAttempt(ClaimedDelivery d, Instant started) {
            if (d.eventOccurredAt() != null && d.kind() == DeliveryKind.EVENT) {
                firstAttemptDelay.record(Duration.between(d.eventOccurredAt(), started).abs());
            }
        }

        void attempt(ClaimedDelivery d, AttemptResult result) {
            registry.counter(
                            "notifier.delivery.attempts",
                            "channel",
                            d.channel().label(),
                            "result",
                            result.acknowledged() ? "acknowledged" : "failed")
                    .increment();
        }
    }
}
