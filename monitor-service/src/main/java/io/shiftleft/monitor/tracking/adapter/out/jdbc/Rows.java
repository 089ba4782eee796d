package io.shiftleft.monitor.tracking.adapter.out.jdbc;

import io.shiftleft.monitor.tracking.EventType;
import io.shiftleft.monitor.tracking.HistoryEntry;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.Severity;
import io.shiftleft.monitor.tracking.TrackedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Maps tracking rows to records and records to statement arguments. */
final class Rows {

    private Rows() {}

    static TrackedStatement statement(ResultSet rs) throws SQLException {
        return new TrackedStatement(
                rs.getString("environment"),
                rs.getString("statement_name"),
                rs.getString("table_name"),
                rs.getString("product_name"),
                Phase.valueOf(rs.getString("phase")),
                nonNull(rs.getString("raw_phase")),
                nonNull(rs.getString("detail")),
                rs.getString("platform_id"),
                rs.getString("compute_pool_id"),
                rs.getString("sql_hash"),
                instant(rs.getTimestamp("created_at")),
                rs.getTimestamp("phase_since").toInstant(),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getBoolean("lag_high"),
                rs.getLong("version"));
    }

    static HistoryEntry history(ResultSet rs) throws SQLException {
        String previous = rs.getString("previous_phase");
        String type = rs.getString("event_type");
        String severity = rs.getString("severity");
        return new HistoryEntry(
                rs.getLong("version"),
                rs.getTimestamp("changed_at").toInstant(),
                previous == null ? null : Phase.valueOf(previous),
                Phase.valueOf(rs.getString("phase")),
                rs.getString("detail"),
                type == null ? null : EventType.valueOf(type),
                severity == null ? null : Severity.valueOf(severity));
    }

    static Object[] insertArgs(TrackedStatement s) {
        return new Object[] {
            s.environment(),
            s.name(),
            s.tableName(),
            s.productName(),
            s.phase().name(),
            s.rawPhase(),
            s.detail(),
            s.platformId(),
            s.computePoolId(),
            s.sqlHash(),
            timestamp(s.createdAt()),
            timestamp(s.phaseSince()),
            timestamp(s.changedAt()),
            s.lagHigh(),
            s.version()
        };
    }

    static Object[] updateArgs(TrackedStatement s, long previousVersion) {
        return new Object[] {
            s.tableName(),
            s.productName(),
            s.phase().name(),
            s.rawPhase(),
            s.detail(),
            s.platformId(),
            s.computePoolId(),
            s.sqlHash(),
            timestamp(s.createdAt()),
            timestamp(s.phaseSince()),
            timestamp(s.changedAt()),
            s.lagHigh(),
            s.version(),
            s.environment(),
            s.name(),
            previousVersion
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
