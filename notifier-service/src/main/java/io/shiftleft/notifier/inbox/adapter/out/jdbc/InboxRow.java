package io.shiftleft.notifier.inbox.adapter.out.jdbc;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code notifier.inbox_event}. */
@Table("inbox_event")
record InboxRow(
        @Id UUID eventId,
        String source,
        String type,
        String severity,
        String environment,
        String tableName,
        String productName,
        String detail,
        Instant occurredAt) {}
