package io.shiftleft.notifier.inbox;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Keeps each received event once. */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxStore store;

    Inbox(InboxStore store) {
        this.store = store;
    }

    /** Records an event unless it is a repeat. */
    public void receive(InboxEvent event) {
        if (!store.recordOnce(event)) {
            log.info("Event {} already in the inbox; skipped", event.eventId());
        }
    }

    /** The most recent events of an environment, newest first. */
    public List<InboxEvent> recent(String environment, int limit) {
        return store.recent(environment, limit);
    }
}
