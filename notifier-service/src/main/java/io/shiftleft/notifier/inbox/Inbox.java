package io.shiftleft.notifier.inbox;

import io.shiftleft.notifier.alert.Alerts;
import io.shiftleft.notifier.alert.Silences;
import io.shiftleft.notifier.delivery.DeliveryKind;
import io.shiftleft.notifier.delivery.DeliveryQueue;
import io.shiftleft.notifier.delivery.EndpointDisabled;
import io.shiftleft.notifier.delivery.NewDelivery;
import io.shiftleft.notifier.event.EventCatalog;
import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.event.Severity;
import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes consumed events in, a batch per transaction: records the new ones, opens or closes the
 * silences of deployments, and for each enabled subscription that wants an event records a webhook
 * delivery (generic webhooks: every matching event) or hands it to alerting (the other channels).
 * The caller commits the Kafka offsets after this returns.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxStore store;
    private final SubscriptionService subscriptions;
    private final Alerts alerts;
    private final Silences silences;
    private final DeliveryQueue deliveries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Inbox(
            InboxStore store,
            SubscriptionService subscriptions,
            Alerts alerts,
            Silences silences,
            DeliveryQueue deliveries,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.alerts = alerts;
        this.silences = silences;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Takes a batch of events in one transaction; answers how many were new. */
    public int receive(List<NotifierEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Integer fresh = transactions.execute(status -> take(events));
        return fresh == null ? 0 : fresh;
    }

    /**
     * The notifier's own event when it disabled an endpoint, recorded in the transaction that
     * disabled it (environment {@code notifier}, severity WARNING).
     */
    @EventListener
    public void endpointDisabled(EndpointDisabled disabled) {
        NotifierEvent event =
                new NotifierEvent(
                        UUID.randomUUID(),
                        EventSource.NOTIFIER,
                        EventCatalog.ENDPOINT_DISABLED,
                        Severity.WARNING,
                        "notifier",
                        disabled.at(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Subscription "
                                + disabled.subscriptionId()
                                + " ("
                                + disabled.channel()
                                + " to "
                                + disabled.target()
                                + ") disabled: "
                                + disabled.reason(),
                        Map.of(
                                "subscription_id",
                                disabled.subscriptionId().toString(),
                                "channel",
                                disabled.channel()),
                        List.of());
        take(List.of(event));
    }

    /** The most recent events of an environment, newest first. */
    public List<NotifierEvent> recent(String environment, int limit) {
        return store.recent(environment, limit);
    }

    private int take(List<NotifierEvent> events) {
        Instant now = clock.instant();
        List<String> payloads = events.stream().map(EventPayloads::of).toList();
        Set<UUID> fresh = store.recordNew(events, payloads, now);
        if (fresh.size() < events.size()) {
            log.info(
                    "{} of {} events already in the inbox; skipped",
                    events.size() - fresh.size(),
                    events.size());
        }
        int count = fresh.size();
        if (count == 0) {
            return 0;
        }
        List<Subscription> enabled = subscriptions.enabled();
        List<NewDelivery> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            NotifierEvent e = events.get(i);
            if (!fresh.remove(e.eventId())) {
                continue;
            }
            silences.onDeploymentEvent(e);
            for (Subscription s : enabled) {
                if (s.channel() == Channel.WEBHOOK) {
                    if (s.filter().matches(e)) {
                        out.add(webhook(s, e, payloads.get(i)));
                    }
                } else if (Alerts.wants(s, e)) {
                    alerts.take(s, e, now).ifPresent(out::add);
                }
            }
        }
        deliveries.enqueue(out, enabled);
        return count;
    }

    static NewDelivery webhook(Subscription s, NotifierEvent e, String payload) {
        return new NewDelivery(
                NewDelivery.idFor(e.eventId(), s.id()),
                s.id(),
                e.eventId(),
                DeliveryKind.EVENT,
                e.webhookType(),
                payload,
                e.occurredAt());
    }
}
