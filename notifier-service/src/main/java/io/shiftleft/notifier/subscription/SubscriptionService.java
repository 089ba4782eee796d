package io.shiftleft.notifier.subscription;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.event.EventCatalog;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and looks up subscriptions; hands senders their decrypted credentials. */
@Service
public class SubscriptionService {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriptionStore store;
    private final SecretCipher cipher;
    private final SubscriptionRequests requests;
    private final NotifierProperties properties;
    private final Clock clock;
    private final Map<UUID, Credentials> credentials = new ConcurrentHashMap<>();

    SubscriptionService(
            SubscriptionStore store,
            SecretCipher cipher,
            EventCatalog catalog,
            TargetPolicy targets,
            NotifierProperties properties,
            Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.requests = new SubscriptionRequests(catalog, targets, properties);
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks and stores a new subscription; the answer holds its secret, shown this once. */
    @Transactional
    public CreatedSubscription create(NewSubscription request) {
        Channel channel = requests.channel(request.channel());
        String target = requests.target(channel, request.url());
        String routingKey = requests.routingKey(channel, request.routingKey());
        Instant now = now();
        Subscription subscription =
                new Subscription(
                        UUID.randomUUID(),
                        channel,
                        display(channel, target),
                        requests.description(request.description()),
                        requests.filter(channel, request, null),
                        requests.grouping(request, null),
                        request.enabled() == null || request.enabled(),
                        null,
                        null,
                        null,
                        now,
                        now);
        String secret = SigningSecret.generate();
        store.insert(subscription, seal(subscription.id(), target, secret, null, null, routingKey));
        log.info(
                "Subscription {} created: {} to {}",
                subscription.id(),
                channel.label(),
                subscription.targetDisplay());
        return new CreatedSubscription(subscription, secret);
    }

    /**
     * Changes the given fields; a null field keeps its value. Enabling clears the disabled mark.
     */
    @Transactional
    public Subscription update(UUID id, NewSubscription change) {
        Subscription before = find(id);
        if (change.channel() != null && requests.channel(change.channel()) != before.channel()) {
            throw NotifierException.invalid(
                    "channel", "channel cannot change; create another subscription");
        }
        Instant now = now();
        String display = before.targetDisplay();
        if (change.url() != null || change.routingKey() != null) {
            Credentials current = credentials(id, before.updatedAt());
            String target =
                    change.url() != null
                            ? requests.target(before.channel(), change.url())
                            : current.target();
            String routingKey =
                    change.routingKey() != null
                            ? requests.routingKey(before.channel(), change.routingKey())
                            : current.routingKey();
            display = display(before.channel(), target);
            store.updateCredentials(
                    id,
                    seal(
                            id,
                            target,
                            current.secret(),
                            current.previousSecret(),
                            current.previousExpiresAt(),
                            routingKey),
                    now);
        }
        boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
        Subscription after =
                new Subscription(
                        id,
                        before.channel(),
                        display,
                        change.description() != null
                                ? requests.description(change.description())
                                : before.description(),
                        requests.filter(before.channel(), change, before.filter()),
                        requests.grouping(change, before.grouping()),
                        enabled,
                        enabled
                                ? null
                                : before.disabledReason() == null
                                        ? "disabled through the API"
                                        : before.disabledReason(),
                        enabled ? null : before.disabledAt() == null ? now : before.disabledAt(),
                        enabled && !before.enabled() ? null : before.failingSince(),
                        before.createdAt(),
                        now);
        store.update(after);
        credentials.remove(id);
        return after;
    }

    /** Replaces the signing secret; the previous one signs beside it for the rotation overlap. */
    @Transactional
    public RotatedSecret rotateSecret(UUID id) {
        Subscription subscription = find(id);
        Credentials current = credentials(id, subscription.updatedAt());
        String secret = SigningSecret.generate();
        Instant now = now();
        Instant expires = now.plus(properties.secrets().rotationOverlap());
        store.updateCredentials(
                id,
                seal(id, current.target(), secret, current.secret(), expires, current.routingKey()),
                now);
        credentials.remove(id);
        log.info(
                "Subscription {}: signing secret rotated; the previous one signs until {}",
                id,
                expires);
        return new RotatedSecret(id, secret, expires);
    }

    /** The subscription. */
    public Subscription find(UUID id) {
        return store.find(id)
                .orElseThrow(() -> NotifierException.notFound("no subscription with id " + id));
    }

    /** The subscription, if it exists. */
    public Optional<Subscription> lookup(UUID id) {
        return store.find(id);
    }

    /** Every subscription. */
    public List<Subscription> all() {
        return store.all();
    }

    /** The enabled subscriptions, for matching events. */
    public List<Subscription> enabled() {
        return store.enabled();
    }

    /** Deletes a subscription and its deliveries. */
    @Transactional
    public void delete(UUID id) {
        if (!store.delete(id)) {
            throw NotifierException.notFound("no subscription with id " + id);
        }
        credentials.remove(id);
        log.info("Subscription {} deleted", id);
    }

    /** The decrypted credentials at that version, cached until the subscription changes. */
    public Credentials credentials(UUID id, Instant version) {
        Credentials cached = credentials.get(id);
        if (cached != null && cached.version().equals(version)) {
            return cached;
        }
        SealedCredentials sealed =
                store.credentials(id)
                        .orElseThrow(
                                () -> NotifierException.notFound("no subscription with id " + id));
        Credentials opened =
                new Credentials(
                        id,
                        version,
                        cipher.open(sealed.target(), id + ":target"),
                        cipher.open(sealed.secret(), id + ":secret"),
                        sealed.previousSecret() == null
                                ? null
                                : cipher.open(sealed.previousSecret(), id + ":previous-secret"),
                        sealed.previousExpiresAt(),
                        sealed.routingKey() == null
                                ? null
                                : cipher.open(sealed.routingKey(), id + ":routing-key"));
        credentials.put(id, opened);
        return opened;
    }

    /**
     * Records failures (the first one starts the failing period). Runs in the caller's transaction.
     */
    public void markFailing(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            store.markFailing(ids, at);
        }
    }

    /** Records successes (the failing period ends). Runs in the caller's transaction. */
    public void markHealthy(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            store.markHealthy(ids);
        }
    }

    /** Disables an endpoint; whether it was enabled. Runs in the caller's transaction. */
    public boolean disable(UUID id, String reason, Instant at) {
        boolean was = store.disable(id, reason, at);
        if (was) {
            log.warn("Subscription {} disabled: {}", id, reason);
        }
        return was;
    }

    private SealedCredentials seal(
            UUID id,
            String target,
            String secret,
            String previous,
            Instant previousExpires,
            String routingKey) {
        return new SealedCredentials(
                cipher.seal(target, id + ":target"),
                cipher.seal(secret, id + ":secret"),
                previous == null ? null : cipher.seal(previous, id + ":previous-secret"),
                previous == null ? null : previousExpires,
                routingKey == null ? null : cipher.seal(routingKey, id + ":routing-key"));
    }

    /** Chat and incident webhook URLs are credentials: only their scheme and host are shown. */
    static String display(Channel channel, String target) {
        if (channel == Channel.WEBHOOK || channel == Channel.EMAIL) {
            return target;
        }
        URI uri = URI.create(target);
        return uri.getScheme() + "://" + uri.getAuthority() + "/…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
