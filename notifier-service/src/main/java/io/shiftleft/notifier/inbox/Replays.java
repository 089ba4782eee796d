package io.shiftleft.notifier.inbox;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.delivery.DeliveryLog;
import io.shiftleft.notifier.delivery.DeliveryQueue;
import io.shiftleft.notifier.delivery.NewDelivery;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a time range to a subscription: its dead letters in the range are sent again (its
 * succeeded deliveries too if asked), and for a generic webhook every event of the range that
 * matches its filter but never got a delivery (it was disabled, or subscribed later) gets one.
 */
@Service
public class Replays {

    /** The most events one replay looks at. */
    public static final int MAX_EVENTS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final InboxStore inbox;
    private final SubscriptionService subscriptions;
    private final DeliveryLog deliveries;
    private final DeliveryQueue queue;
    private final Clock clock;

    Replays(
            InboxStore inbox,
            SubscriptionService subscriptions,
            DeliveryLog deliveries,
            DeliveryQueue queue,
            Clock clock) {
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * What a replay did.
     *
     * @param requeued existing deliveries sent again
     * @param created deliveries made for events that had none
     */
    public record Result(int requeued, int created) {}

    /** Replays the range {@code [since, until)}. */
    @Transactional
    public Result replay(
            java.util.UUID subscriptionId, Instant since, Instant until, boolean succeededToo) {
        if (since == null) {
            throw NotifierException.invalid("since", "since is required (an ISO-8601 instant)");
        }
        if (until != null && !until.isAfter(since)) {
            throw NotifierException.invalid(
                    "until", "until " + until + " must be after since " + since);
        }
        Subscription s = subscriptions.find(subscriptionId);
        Instant end = until == null ? clock.instant().plusSeconds(1) : until;
        int requeued = deliveries.replay(subscriptionId, since, end, succeededToo);
        int created = 0;
        if (s.channel() == Channel.WEBHOOK) {
            List<NotifierEvent> events = new ArrayList<>();
            List<String> payloads = new ArrayList<>();
            for (String payload : inbox.payloadsBetween(since, end, MAX_EVENTS)) {
                NotifierEvent e = EventPayloads.parse(payload);
                if (s.filter().matches(e)) {
                    events.add(e);
                    payloads.add(payload);
                }
            }
            Set<java.util.UUID> delivered =
                    deliveries.eventsDelivered(
                            subscriptionId, events.stream().map(NotifierEvent::eventId).toList());
            List<NewDelivery> missing = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (!delivered.contains(events.get(i).eventId())) {
                    missing.add(Inbox.webhook(s, events.get(i), payloads.get(i)));
                }
            }
            created = queue.enqueue(missing);
        }
        log.info(
                "Replay to subscription {} from {} to {}: {} sent again, {} missed events delivered",
                subscriptionId,
                since,
                end,
                requeued,
                created);
        return new Result(requeued, created);
    }
}
