package io.shiftleft.notifier.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where deliveries and their attempts are kept. */
public interface DeliveryStore {

    /** Records new deliveries, due at once; a delivery whose id exists is skipped. */
    int insert(Collection<NewDelivery> deliveries, Instant now);

    /**
     * Records new deliveries already claimed by {@code leaseToken} until {@code leaseUntil} (as if
     * {@link #claim} had taken them at once); a delivery whose id exists is skipped. Answers the
     * ids recorded.
     */
    Set<UUID> insertLeased(
            Collection<NewDelivery> deliveries, Instant now, Instant leaseUntil, UUID leaseToken);

    /**
     * Claims up to {@code limit} due pending deliveries for one attempt (skipping those another
     * worker holds): each becomes due again at {@code leaseUntil} unless its result is recorded.
     */
    List<ClaimedDelivery> claim(Instant now, int limit, Instant leaseUntil, UUID leaseToken);

    /**
     * Records attempt results in one go, in the caller's transaction; those whose claim no longer
     * holds are skipped.
     */
    void record(Collection<Recorded> results);

    /** The delivery, if it exists. */
    Optional<Delivery> find(UUID id);

    /** The stored payload of a delivery, if it exists. */
    Optional<String> payload(UUID id);

    /** Its attempts, first first. */
    List<DeliveryAttempt> attempts(UUID id);

    /** Deliveries matching the query, newest first. */
    List<Delivery> list(DeliveryQuery query);

    /** Makes a finished or pending delivery due now with a fresh schedule; whether it exists. */
    boolean requeue(UUID id, Instant now);

    /**
     * Makes the deliveries of a subscription recorded in the range due now with a fresh schedule:
     * dead ones, and succeeded ones too if asked; answers how many.
     */
    int requeue(
            UUID subscriptionId, Instant since, Instant until, boolean succeededToo, Instant now);

    /** Ids of the events the subscription has a delivery of, among those given. */
    java.util.Set<UUID> eventsDelivered(UUID subscriptionId, Collection<UUID> eventIds);

    /** Deletes finished deliveries older than that; answers how many. */
    int purgeFinished(Instant before);

    /**
     * One attempt's result as it is recorded.
     *
     * @param claimed the claimed delivery
     * @param startedAt when the attempt started
     * @param result what the send returned
     * @param outcome what it meant
     * @param status the delivery's status after it
     * @param nextAttemptAt when it is due next (pending), or null
     * @param error why it failed, or why it was given up, or null
     */
    record Recorded(
            ClaimedDelivery claimed,
            Instant startedAt,
            AttemptResult result,
            AttemptOutcome outcome,
            DeliveryStatus status,
            Instant nextAttemptAt,
            String error) {}
}
