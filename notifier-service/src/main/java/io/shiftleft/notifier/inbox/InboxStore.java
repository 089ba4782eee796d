package io.shiftleft.notifier.inbox;

import io.shiftleft.notifier.event.NotifierEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where received events are kept. */
public interface InboxStore {

    /**
     * Records the events whose ids are new, each with its webhook payload; answers the ids that
     * were new (a repeat, even within the batch, is skipped).
     */
    Set<UUID> recordNew(List<NotifierEvent> events, List<String> payloads, Instant receivedAt);

    /** The most recent events of an environment, newest first. */
    List<NotifierEvent> recent(String environment, int limit);

    /** The stored payloads of events that occurred in the range, oldest first. */
    List<String> payloadsBetween(Instant since, Instant until, int limit);

    /** Deletes events received before that; answers how many. */
    int purge(Instant before);
}
