package io.shiftleft.notifier.delivery;

import java.time.Clock;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records deliveries in the caller's transaction (so they commit with whatever caused them) and
 * wakes this instance's worker once they are committed.
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
        if (deliveries.isEmpty()) {
            return 0;
        }
        int added = store.insert(deliveries, clock.instant());
        if (added > 0) {
            wakeAfterCommit();
        }
        return added;
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
