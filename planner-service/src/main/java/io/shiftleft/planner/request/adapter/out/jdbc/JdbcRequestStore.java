package io.shiftleft.planner.request.adapter.out.jdbc;

import io.shiftleft.planner.request.IncomingRequest;
import io.shiftleft.planner.request.IntakeOutcome;
import io.shiftleft.planner.request.RequestKind;
import io.shiftleft.planner.request.RequestStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link RequestStore} on the planner's PostgreSQL schema. */
@Component
class JdbcRequestStore implements RequestStore {

    private final DeployRequestRepository rows;
    private final Clock clock;

    JdbcRequestStore(DeployRequestRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<IntakeOutcome> find(String requestId) {
        return rows.findByRequestId(requestId).map(JdbcRequestStore::toOutcome);
    }

    @Override
    public void record(IntakeOutcome outcome) {
        IncomingRequest r = outcome.request();
        rows.save(
                new DeployRequestRow(
                        null,
                        r.requestId(),
                        r.eventId(),
                        r.kind().name(),
                        r.environment(),
                        r.requestedBy(),
                        String.join("\n", r.tables()),
                        r.product(),
                        r.directory(),
                        outcome.accepted(),
                        outcome.reason(),
                        outcome.planId(),
                        OptionsText.write(r.options()),
                        r.occurredAt(),
                        clock.instant()));
    }

    private static IntakeOutcome toOutcome(DeployRequestRow row) {
        List<String> tables =
                row.tables() == null || row.tables().isEmpty()
                        ? List.of()
                        : Arrays.asList(row.tables().split("\n"));
        IncomingRequest request =
                new IncomingRequest(
                        row.eventId(),
                        row.requestId(),
                        RequestKind.valueOf(row.kind()),
                        row.environment(),
                        row.requestedBy(),
                        tables,
                        row.product(),
                        row.directory(),
                        OptionsText.read(row.options()),
                        row.occurredAt());
        return new IntakeOutcome(request, row.accepted(), row.reason(), row.planId(), false);
    }
}
