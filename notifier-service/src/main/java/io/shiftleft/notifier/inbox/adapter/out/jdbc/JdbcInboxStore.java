package io.shiftleft.notifier.inbox.adapter.out.jdbc;

import static io.shiftleft.notifier.adapter.out.jdbc.Sql.ts;

import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.inbox.EventPayloads;
import io.shiftleft.notifier.inbox.InboxStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link InboxStore} on the {@code inbox_event} table. */
@Component
class JdbcInboxStore implements InboxStore {

    private final JdbcTemplate jdbc;

    JdbcInboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> recordNew(
            List<NotifierEvent> events, List<String> payloads, Instant receivedAt) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            NotifierEvent e = events.get(i);
            rows.add(
                    new Object[] {
                        e.eventId(),
                        e.source().label(),
                        e.type(),
                        e.severity().name(),
                        e.environment(),
                        e.tableName(),
                        e.productName(),
                        e.statementName(),
                        e.detail(),
                        ts(e.occurredAt()),
                        ts(receivedAt),
                        payloads.get(i)
                    });
        }
        int[] counts =
                jdbc.batchUpdate(
                        "INSERT INTO inbox_event (event_id, source, type, severity, environment,"
                                + " table_name, product_name, statement_name, detail, occurred_at,"
                                + " received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (event_id) DO NOTHING",
                        rows);
        Set<UUID> fresh = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                fresh.add(events.get(i).eventId());
            }
        }
        return fresh;
    }

    @Override
    public List<NotifierEvent> recent(String environment, int limit) {
        return jdbc
                .queryForList(
                        "SELECT payload FROM inbox_event WHERE environment = ? AND payload IS NOT NULL"
                                + " ORDER BY occurred_at DESC LIMIT ?",
                        String.class,
                        environment,
                        limit)
                .stream()
                .map(EventPayloads::parse)
                .toList();
    }

    @Override
    public List<String> payloadsBetween(Instant since, Instant until, int limit) {
        return jdbc.queryForList(
                "SELECT payload FROM inbox_event WHERE occurred_at >= ? AND occurred_at < ?"
                        + " AND payload IS NOT NULL ORDER BY occurred_at LIMIT ?",
                String.class,
                ts(since),
                ts(until),
                limit);
    }

    @Override
    public int purge(Instant before) {
        return jdbc.update("DELETE FROM inbox_event WHERE received_at < ?", ts(before));
    }
}
