package io.shiftleft.monitor.activity.adapter.out.jdbc;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code monitor.deployment_activity}. */
@Table("deployment_activity")
record ActivityRow(
        @Id UUID eventId,
        String requestId,
        String planId,
        String environment,
        String type,
        String statementName,
        String tableName,
        Instant occurredAt) {}
