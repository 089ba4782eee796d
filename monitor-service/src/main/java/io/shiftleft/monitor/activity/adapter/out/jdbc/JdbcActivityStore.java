package io.shiftleft.monitor.activity.adapter.out.jdbc;

import io.shiftleft.monitor.activity.ActiveStep;
import io.shiftleft.monitor.activity.ActivityStore;
import io.shiftleft.monitor.activity.DeploymentActivity;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link ActivityStore} on the monitor's PostgreSQL schema. */
@Component
class JdbcActivityStore implements ActivityStore {

    private final ActivityRepository rows;

    JdbcActivityStore(ActivityRepository rows) {
        this.rows = rows;
    }

    @Override
    public boolean recordOnce(DeploymentActivity a) {
        return rows.insertIfAbsent(
                        a.eventId(),
                        a.requestId(),
                        a.planId(),
                        a.environment(),
                        a.type(),
                        a.statementName(),
                        a.tableName(),
                        a.occurredAt())
                == 1;
    }

    @Override
    public List<DeploymentActivity> recent(String environment, int limit) {
        return rows.findRecent(environment, limit).stream()
                .map(
                        r ->
                                new DeploymentActivity(
                                        r.eventId(),
                                        r.requestId(),
                                        r.planId(),
                                        r.environment(),
                                        r.type(),
                                        r.statementName(),
                                        r.tableName(),
                                        r.occurredAt()))
                .toList();
    }

    @Override
    public List<ActiveStep> activeSteps(String environment, Instant since) {
        return rows.findActiveSteps(environment, since).stream()
                .map(r -> new ActiveStep(r.tableName(), r.planId(), r.requestId(), r.occurredAt()))
                .toList();
    }
}
