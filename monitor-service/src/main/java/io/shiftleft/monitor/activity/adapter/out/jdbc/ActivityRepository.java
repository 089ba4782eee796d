package io.shiftleft.monitor.activity.adapter.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Spring Data JDBC repository of activity rows. */
interface ActivityRepository extends Repository<ActivityRow, UUID> {

    @Modifying
    @Query(
            """
            INSERT INTO deployment_activity
                (event_id, request_id, plan_id, environment, type, statement_name, occurred_at)
            VALUES (:eventId, :requestId, :planId, :environment, :type, :statementName, :occurredAt)
            ON CONFLICT (event_id) DO NOTHING
            """)
    int insertIfAbsent(
            UUID eventId,
            String requestId,
            String planId,
            String environment,
            String type,
            String statementName,
            Instant occurredAt);

    @Query(
            """
            SELECT * FROM deployment_activity WHERE environment = :environment
            ORDER BY occurred_at DESC LIMIT :limit
            """)
    List<ActivityRow> findRecent(String environment, int limit);
}
