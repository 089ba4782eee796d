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
                (event_id, request_id, plan_id, environment, type, statement_name, table_name,
                 occurred_at)
            VALUES (:eventId, :requestId, :planId, :environment, :type, :statementName,
                    :tableName, :occurredAt)
            ON CONFLICT (event_id) DO NOTHING
            """)
    int insertIfAbsent(
            UUID eventId,
            String requestId,
            String planId,
            String environment,
            String type,
            String statementName,
            String tableName,
            Instant occurredAt);

    @Query(
            """
            SELECT * FROM deployment_activity WHERE environment = :environment
            ORDER BY occurred_at DESC LIMIT :limit
            """)
    List<ActivityRow> findRecent(String environment, int limit);

    @Query(
            """
            SELECT * FROM deployment_activity s
            WHERE s.environment = :environment AND s.type = 'STEP_STARTED'
              AND s.table_name IS NOT NULL AND s.occurred_at > :since
              AND NOT EXISTS (
                SELECT 1 FROM deployment_activity e
                WHERE e.environment = s.environment AND e.plan_id = s.plan_id
                  AND e.occurred_at >= s.occurred_at AND e.event_id <> s.event_id
                  AND ((e.table_name = s.table_name AND e.type IN ('STEP_SUCCEEDED', 'STEP_FAILED'))
                       OR e.type IN ('DEPLOYMENT_SUCCEEDED', 'DEPLOYMENT_FAILED',
                                     'DEPLOYMENT_CANCELLED')))
            ORDER BY s.occurred_at
            """)
    List<ActivityRow> findActiveSteps(String environment, Instant since);
}
