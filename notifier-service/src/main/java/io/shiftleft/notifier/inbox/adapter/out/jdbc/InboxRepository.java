package io.shiftleft.notifier.inbox.adapter.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Spring Data JDBC repository of inbox rows. */
interface InboxRepository extends Repository<InboxRow, UUID> {

    @Modifying
    @Query(
            """
            INSERT INTO inbox_event (event_id, source, type, severity, environment, table_name,
                                     product_name, detail, occurred_at, received_at)
            VALUES (:eventId, :source, :type, :severity, :environment, :tableName,
                    :productName, :detail, :occurredAt, now())
            ON CONFLICT (event_id) DO NOTHING
            """)
    int insertIfAbsent(
            UUID eventId,
            String source,
            String type,
            String severity,
            String environment,
            String tableName,
            String productName,
            String detail,
            Instant occurredAt);

    @Query(
            """
            SELECT * FROM inbox_event WHERE environment = :environment
            ORDER BY occurred_at DESC LIMIT :limit
            """)
    List<InboxRow> findRecent(String environment, int limit);
}
