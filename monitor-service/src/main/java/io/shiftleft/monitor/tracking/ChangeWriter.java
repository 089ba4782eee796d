package io.shiftleft.monitor.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an environment's changes in one transaction (state, history, {@code statement-status}
 * records and events in the outbox), takes them into memory once committed, and publishes them in
 * the application afterwards.
 */
@Component
class ChangeWriter {

    private final TrackingStore store;
    private final Announcements announcements;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    ChangeWriter(
            TrackingStore store,
            Announcements announcements,
            TransactionTemplate transactions,
            ApplicationEventPublisher publisher) {
        this.store = store;
        this.announcements = announcements;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    TrackingStore store() {
        return store;
    }

    /**
     * Records the changes and their messages, or nothing when there is nothing to record. A cycle
     * (as opposed to a metrics sample) also takes the environment's baseline when it is the first.
     *
     * @throws ConcurrentChangeException when another instance wrote a statement first
     */
    void write(
            String environment,
            TrackingState state,
            List<Change> changes,
            List<MonitorEvent> extra,
            OutOfOrder outOfOrder,
            Instant now,
            boolean cycle) {
        boolean baseline = cycle && !state.baselined;
        if (changes.isEmpty() && extra.isEmpty() && !outOfOrder.changed() && !baseline) {
            return;
        }
        transactions.executeWithoutResult(
                tx -> {
                    store.write(environment, changes, baseline);
                    for (Change c : changes) {
                        announcements.status(c.after(), state.gauges.get(c.after().name()));
                        c.event().ifPresent(announcements::event);
                    }
                    if (outOfOrder.changed()) {
                        store.updateOutOfOrder(
                                environment, outOfOrder.added(), outOfOrder.removed(), now);
                    }
                    extra.forEach(announcements::event);
                });
        state.apply(changes);
        if (baseline) {
            state.baselined = true;
        }
        if (outOfOrder != OutOfOrder.NONE) {
            state.outOfOrder = Set.copyOf(outOfOrder.pairs());
        }
    }

    /** Publishes committed changes and events, then the cycle's figures (if given). */
    CycleCompleted published(List<Change> changes, List<MonitorEvent> extra, CycleCompleted cycle) {
        for (Change c : changes) {
            publisher.publishEvent(c);
            c.event().ifPresent(publisher::publishEvent);
        }
        extra.forEach(publisher::publishEvent);
        if (cycle != null) {
            publisher.publishEvent(cycle);
        }
        return cycle;
    }

    /** Publishes a failed cycle's figures. */
    CycleCompleted published(CycleCompleted cycle) {
        publisher.publishEvent(cycle);
        return cycle;
    }

    void publish(Object event) {
        publisher.publishEvent(event);
    }
}
