package io.shiftleft.notifier.inbox;

import java.util.List;

/** Where received events are kept. */
public interface InboxStore {

    /** Records the event unless its id is already known; returns whether it was new. */
    boolean recordOnce(InboxEvent event);

    /** The most recent events of an environment, newest first. */
    List<InboxEvent> recent(String environment, int limit);
}
