package io.shiftleft.notifier.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where subscriptions and their sealed credentials are kept. */
public interface SubscriptionStore {

    /** Stores a new subscription. */
    void insert(Subscription subscription, SealedCredentials credentials);

    /** Replaces the visible fields (filter, grouping, description, enabled, disabled reason). */
    void update(Subscription subscription);

    /** Replaces the sealed credentials and sets {@code updatedAt}. */
    void updateCredentials(UUID id, SealedCredentials credentials, Instant updatedAt);

    /** The subscription, if it exists. */
    Optional<Subscription> find(UUID id);

    /** Every subscription, oldest first. */
    List<Subscription> all();

    /** The enabled subscriptions. */
    List<Subscription> enabled();

    /** The sealed credentials of a subscription, if it exists. */
    Optional<SealedCredentials> credentials(UUID id);

    /** Deletes the subscription and its deliveries; whether it existed. */
    boolean delete(UUID id);

    /** Records a failure at that time for those not failing yet. */
    void markFailing(Collection<UUID> ids, Instant at);

    /** Clears the failing mark of those that carry one. */
    void markHealthy(Collection<UUID> ids);

    /** Disables an enabled subscription; whether it was enabled. */
    boolean disable(UUID id, String reason, Instant at);
}
