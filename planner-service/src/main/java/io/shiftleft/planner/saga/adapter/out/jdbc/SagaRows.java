package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.instant;

import io.shiftleft.planner.environment.FailurePolicy;
import io.shiftleft.planner.plan.PlanKind;
import io.shiftleft.planner.saga.Emission;
import io.shiftleft.planner.saga.PlanHeader;
import io.shiftleft.planner.saga.PlanStatus;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads rows of the saga's tables into domain objects. */
final class SagaRows {

    /** A plan row: its fixed header and changing state. */
    record PlanRow(PlanHeader header, PlanStatus status, String detail, int runs) {}

    PlanRow plan(ResultSet rs, int n) throws SQLException {
        PlanHeader header =
                new PlanHeader(
                        rs.getString("plan_id"),
                        rs.getString("request_id"),
                        PlanKind.valueOf(rs.getString("kind")),
                        rs.getString("environment"),
                        rs.getInt("max_parallel"),
                        FailurePolicy.valueOf(rs.getString("failure_policy")),
                        rs.getString("start_table"),
                        Columns.lines(rs.getString("tables")),
                        rs.getString("summary"),
                        instant(rs.getTimestamp("created_at")));
        return new PlanRow(
                header,
                PlanStatus.valueOf(rs.getString("status")),
                rs.getString("detail"),
                rs.getInt("runs"));
    }

    Emission emission(ResultSet rs, int n) throws SQLException {
        return new Emission(
                rs.getString("command_id"),
                rs.getString("plan_id"),
                rs.getInt("step_index"),
                rs.getInt("command_index"),
                rs.getInt("attempt"),
                instant(rs.getTimestamp("emitted_at")),
                instant(rs.getTimestamp("deadline")),
                JdbcSagaStore.outcome(rs.getString("outcome")));
    }
}
