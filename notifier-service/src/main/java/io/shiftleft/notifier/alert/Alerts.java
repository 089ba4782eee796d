package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.delivery.DeliveryKind;
import io.shiftleft.notifier.delivery.DeliveryQueue;
import io.shiftleft.notifier.delivery.NewDelivery;
import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Takes events in for alerting subscriptions (as alerts of groups, or as notices) and flushes due
 * groups into deliveries. Both run in the caller's transaction.
 */
@Service
public class Alerts {

    private final AlertStore store;
    private final Silences silences;
    private final DeliveryQueue deliveries;
    private final SubscriptionService subscriptions;
    private final NotifierProperties.Alerts defaults;
    private final Clock clock;

    Alerts(
            AlertStore store,
            Silences silences,
            DeliveryQueue deliveries,
            SubscriptionService subscriptions,
            NotifierProperties properties,
            Clock clock) {
        this.store = store;
        this.silences = silences;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.defaults = properties.alerts();
        this.clock = clock;
    }

    /**
     * Whether an alerting subscription takes the event: it passes the filter, or it resolves an
     * alert in the subscription's scope (resolving events are often INFO and of another type).
     */
    public static boolean wants(Subscription s, NotifierEvent e) {
        if (s.filter().matches(e)) {
            return true;
        }
        return s.filter().inScope(e)
                && AlertSignals.of(e).map(a -> a.state() == AlertState.RESOLVED).orElse(false);
    }

    /**
     * Takes an event for an alerting subscription: an alert goes into its group (delivered at the
     * group's next flush); a notice becomes a delivery at once, returned to be recorded.
     */
    public Optional<NewDelivery> take(Subscription s, NotifierEvent e, Instant now) {
        Optional<AlertSignal> signal = AlertSignals.of(e);
        if (signal.isPresent()) {
            record(s, signal.get(), now);
            return Optional.empty();
        }
        if (!s.filter().matches(e)) {
            return Optional.empty();
        }
        return Templates.notice(s.channel(), e)
                .map(
                        r ->
                                new NewDelivery(
                                        NewDelivery.idFor(e.eventId(), s.id()),
                                        s.id(),
                                        e.eventId(),
                                        DeliveryKind.NOTICE,
                                        r.type(),
                                        r.payload(),
                                        e.occurredAt()));
    }

    private void record(Subscription s, AlertSignal signal, Instant now) {
        Optional<Map.Entry<String, StoredAlert>> existing =
                store.find(s.id(), signal.fingerprint());
        Timing timing = Timing.of(s.grouping(), defaults);
        if (signal.state() == AlertState.RESOLVED) {
            if (existing.isPresent() && existing.get().getValue().state() == AlertState.FIRING) {
                store.resolve(s.id(), signal.fingerprint(), now);
                schedule(
                        s,
                        existing.get().getKey(),
                        existing.get().getValue().labels(),
                        timing,
                        now);
            }
            return;
        }
        if (existing.isPresent()
                && existing.get().getValue().state() == AlertState.FIRING
                && !signal.oneShot()) {
            store.touch(s.id(), signal.fingerprint(), now);
            return;
        }
        String groupKey = timing.groupKey(signal.labels());
        schedule(s, groupKey, signal.labels(), timing, now);
        store.fire(s.id(), groupKey, signal, now);
    }

    private void schedule(
            Subscription s,
            String groupKey,
            Map<String, String> labels,
            Timing timing,
            Instant now) {
        store.schedule(
                s.id(),
                groupKey,
                timing.groupLabels(labels),
                now,
                timing.groupWait(),
                timing.groupInterval());
    }

    /** Flushes up to {@code limit} due groups; answers how many were due. */
    public int flushDue(int limit) {
        Instant now = clock.instant();
        List<DueGroup> due = store.claimDue(now, limit);
        if (due.isEmpty()) {
            return 0;
        }
        List<Silence> active = silences.activeAt(now);
        List<NewDelivery> out = new ArrayList<>();
        for (DueGroup g : due) {
            Optional<Subscription> s = subscriptions.lookup(g.subscriptionId());
            if (s.isEmpty() || !s.get().enabled()) {
                store.deleteGroup(g.subscriptionId(), g.groupKey());
                continue;
            }
            flush(s.get(), g, active, now, out);
        }
        deliveries.enqueue(out);
        return due.size();
    }

    private void flush(
            Subscription s, DueGroup g, List<Silence> active, Instant now, List<NewDelivery> out) {
        GroupFlush plan =
                GroupFlush.decide(
                        g,
                        store.alerts(s.id(), g.groupKey()),
                        a -> active.stream().anyMatch(silence -> silence.mutes(a.labels())),
                        Timing.of(s.grouping(), defaults),
                        now);
        if (plan.notification() != null) {
            for (Rendered r : Templates.alert(s.channel(), plan.notification())) {
                out.add(
                        new NewDelivery(
                                UUID.randomUUID(),
                                s.id(),
                                null,
                                DeliveryKind.ALERT,
                                r.type(),
                                r.payload(),
                                now));
            }
            store.notified(s.id(), plan.notifiedFiring(), AlertState.FIRING, now);
        }
        store.delete(s.id(), plan.removed());
        if (plan.nextFlushAt() == null) {
            store.deleteGroup(s.id(), g.groupKey());
        } else {
            store.updateGroup(s.id(), g.groupKey(), plan.nextFlushAt(), plan.lastNotifiedAt());
        }
    }

    /** Every current alert by subscription, for the API. */
    public List<Map.Entry<UUID, StoredAlert>> current() {
        return store.all();
    }

    /** Whether an active silence mutes the labels now. */
    public boolean silenced(Map<String, String> labels) {
        return silences.activeAt(clock.instant()).stream().anyMatch(s -> s.mutes(labels));
    }
}
