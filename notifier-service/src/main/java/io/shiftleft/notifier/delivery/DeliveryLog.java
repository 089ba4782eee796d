package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.NotifierException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The delivery log: what was sent, how each attempt went, and replays. */
@Service
public class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final DeliveryStore store;
    private final DeliveryQueue queue;
    private final Clock clock;

    DeliveryLog(DeliveryStore store, DeliveryQueue queue, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.clock = clock;
    }

    /** Deliveries matching the query, newest first. */
    public List<Delivery> list(DeliveryQuery query) {
        return store.list(query);
    }

    /** A delivery. */
    public Delivery find(UUID id) {
        return store.find(id)
                .orElseThrow(() -> NotifierException.notFound("no delivery with id " + id));
    }

    /** Its attempts, first first. */
    public List<DeliveryAttempt> attempts(UUID id) {
        return store.attempts(id);
    }

    /** Its stored payload. */
    public String payload(UUID id) {
        return store.payload(id)
                .orElseThrow(() -> NotifierException.notFound("no delivery with id " + id));
    }

    /**
     * Sends a delivery again with the same webhook-id (receivers deduplicate on it) and a fresh
     * retry schedule.
     */
    public Delivery replay(UUID id) {
        if (!store.requeue(id, clock.instant())) {
            throw NotifierException.notFound("no delivery with id " + id);
        }
        queue.wakeAfterCommit();
        log.info("Delivery {} replayed", id);
        return find(id);
    }

    /**
     * Sends again the deliveries of a subscription recorded in the range: the dead ones, and the
     * succeeded ones too if asked. Runs in the caller's transaction.
     */
    public int replay(UUID subscriptionId, Instant since, Instant until, boolean succeededToo) {
        int n = store.requeue(subscriptionId, since, until, succeededToo, clock.instant());
        if (n > 0) {
            queue.wakeAfterCommit();
        }
        return n;
    }

    /** Which of the events the subscription already has a delivery of. */
    public Set<UUID> eventsDelivered(UUID subscriptionId, Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? Set.of() : store.eventsDelivered(subscriptionId, eventIds);
    }

    /** Deletes finished deliveries recorded before that; answers how many. */
    public int purgeFinished(Instant before) {
        return store.purgeFinished(before);
    }
}
