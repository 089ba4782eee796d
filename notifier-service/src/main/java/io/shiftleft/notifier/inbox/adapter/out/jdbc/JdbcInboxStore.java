package io.shiftleft.notifier.inbox.adapter.out.jdbc;

import io.shiftleft.notifier.inbox.InboxEvent;
import io.shiftleft.notifier.inbox.InboxStore;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link InboxStore} on the notifier's PostgreSQL schema. */
@Component
class JdbcInboxStore implements InboxStore {

    private final InboxRepository rows;

    JdbcInboxStore(InboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public boolean recordOnce(InboxEvent e) {
        return rows.insertIfAbsent(
                        e.eventId(),
                        e.source(),
                        e.type(),
                        e.severity(),
                        e.environment(),
                        e.tableName(),
                        e.productName(),
                        e.detail(),
                        e.occurredAt())
                == 1;
    }

    @Override
    public List<InboxEvent> recent(String environment, int limit) {
        return rows.findRecent(environment, limit).stream()
                .map(
                        r ->
                                new InboxEvent(
                                        r.eventId(),
                                        r.source(),
                                        r.type(),
                                        r.severity(),
                                        r.environment(),
                                        r.tableName(),
                                        r.productName(),
                                        r.detail(),
                                        r.occurredAt()))
                .toList();
    }
}
