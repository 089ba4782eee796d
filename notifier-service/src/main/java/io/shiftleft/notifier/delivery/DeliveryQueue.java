package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records deliveries in the caller's transaction (so they commit with whatever caused them) and
 * wakes this instance's worker once they are committed. Deliveries to subscriptions the caller
 * names are, as far as the worker has free slots, recorded already leased to it and handed over in
 * memory after the commit: their first attempt does not wait for a claim query, and they are as
 * durable as any other (a crash before the attempt leaves them to be claimed when the lease ends).
 */
@Service
public class DeliveryQueue {

    private final DeliveryStore store;
    private final DeliveryWorker worker;
    private final Clock clock;

    DeliveryQueue(DeliveryStore store, DeliveryWorker worker, Clock clock) {
        this.store = store;
        this.worker = worker;
        this.clock = clock;
    }

    /** Records the deliveries (skipping ids already recorded); answers how many were new. */
    public int enqueue(Collection<NewDelivery> deliveries) {
        return enqueue(deliveries, List.of());
    }

    /**
     * Records the deliveries (skipping ids already recorded), handing those to the given (enabled)
     * subscriptions to this instance's worker after the commit; answers how many were new.
     */
    public int enqueue(Collection<NewDelivery> deliveries, Collection<Subscription> subscriptions) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<UUID, Subscription> known = new HashMap<>();
        for (Subscription s : subscriptions) {
            if (s.enabled()) {
                known.put(s.id(), s);
            }
        }
        List<NewDelivery> handed = new ArrayList<>();
        List<NewDelivery> queued = new ArrayList<>();
        int slots =
                known.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()
                        ? 0
                        : worker.reserve(deliveries.size());
        for (NewDelivery d : deliveries) {
            if (handed.size() < slots && known.containsKey(d.subscriptionId())) {
                handed.add(d);
            } else {
                queued.add(d);
            }
        }
        int added = 0;
        if (!handed.isEmpty()) {
            added += leased(handed, known, now, slots);
        } else if (slots > 0) {
            worker.release(slots);
        }
        if (!queued.isEmpty()) {
            int plain = store.insert(queued, now);
            if (plain > 0) {
                wakeAfterCommit();
            }
            added += plain;
        }
        return added;
    }

    private int leased(
            List<NewDelivery> handed, Map<UUID, Subscription> known, Instant now, int slots) {
        UUID token = worker.leaseToken();
        Set<UUID> inserted;
        try {
            inserted = store.insertLeased(handed, now, worker.leaseUntil(now), token);
        } catch (RuntimeException e) {
            worker.release(slots);
            throw e;
        }
        List<ClaimedDelivery> claimed = new ArrayList<>(inserted.size());
        for (NewDelivery d : handed) {
            if (inserted.contains(d.id())) {
                Subscription s = known.get(d.subscriptionId());
                claimed.add(
                        new ClaimedDelivery(
                                d.id(),
                                d.subscriptionId(),
                                s.channel(),
                                true,
                                s.updatedAt(),
                                d.kind(),
                                d.eventType(),
                                d.payload(),
                                0,
                                0,
                                token,
                                d.eventOccurredAt()));
            }
        }
        worker.release(slots - claimed.size());
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_COMMITTED) {
                            worker.hand(claimed);
                        } else {
                            worker.release(claimed.size());
                        }
                    }
                });
        return claimed.size();
    }

    /** Wakes the worker when the current transaction commits (at once without one). */
    public void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            worker.wake();
                        }
                    });
        } else {
            worker.wake();
        }
    }
}
