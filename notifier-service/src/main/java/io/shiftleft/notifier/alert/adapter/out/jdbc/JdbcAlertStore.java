package io.shiftleft.notifier.alert.adapter.out.jdbc;

import static io.shiftleft.notifier.adapter.out.jdbc.Sql.instant;
import static io.shiftleft.notifier.adapter.out.jdbc.Sql.ts;

import io.shiftleft.notifier.adapter.out.jdbc.Sql;
import io.shiftleft.notifier.alert.AlertSignal;
import io.shiftleft.notifier.alert.AlertState;
import io.shiftleft.notifier.alert.AlertStore;
import io.shiftleft.notifier.alert.DueGroup;
import io.shiftleft.notifier.alert.StoredAlert;
import io.shiftleft.notifier.event.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link AlertStore} on the {@code alert_group} and {@code alert} tables. */
@Component
class JdbcAlertStore implements AlertStore {

    private static final String ALERT =
            "fingerprint, group_key, name, status, one_shot, severity, labels_json, summary,"
                    + " starts_at, ends_at, notified_status";

    private static final String SCHEDULE =
            """
            INSERT INTO alert_group (subscription_id, group_key, labels_json, next_flush_at, created_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (subscription_id, group_key) DO UPDATE SET next_flush_at =
              CASE WHEN alert_group.last_notified_at IS NULL
                   THEN COALESCE(alert_group.next_flush_at, EXCLUDED.next_flush_at)
                   ELSE LEAST(COALESCE(alert_group.next_flush_at, 'infinity'::timestamptz),
                              GREATEST(CAST(? AS TIMESTAMPTZ), alert_group.last_notified_at + CAST(? AS BIGINT) * INTERVAL '1 millisecond'))
              END
            """;

    private static final String FIRE =
            """
            INSERT INTO alert (subscription_id, fingerprint, group_key, name, status, one_shot, severity,
                               labels_json, summary, starts_at, updated_at)
            VALUES (?, ?, ?, ?, 'FIRING', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (subscription_id, fingerprint) DO UPDATE SET group_key = EXCLUDED.group_key,
              name = EXCLUDED.name, status = 'FIRING', one_shot = EXCLUDED.one_shot,
              severity = EXCLUDED.severity, labels_json = EXCLUDED.labels_json,
              summary = EXCLUDED.summary, starts_at = EXCLUDED.starts_at, ends_at = NULL,
              updated_at = EXCLUDED.updated_at
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcAlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Optional<Map.Entry<String, StoredAlert>> find(UUID subscriptionId, String fingerprint) {
        return jdbc
                .query(
                        "SELECT "
                                + ALERT
                                + " FROM alert WHERE subscription_id = ? AND fingerprint = ?",
                        (rs, n) -> Map.entry(rs.getString("group_key"), alert(rs)),
                        subscriptionId,
                        fingerprint)
                .stream()
                .findFirst();
    }

    @Override
    public void schedule(
            UUID subscriptionId,
            String groupKey,
            Map<String, String> labels,
            Instant now,
            Duration groupWait,
            Duration groupInterval) {
        jdbc.update(
                SCHEDULE,
                subscriptionId,
                groupKey,
                Sql.json(labels),
                ts(now.plus(groupWait)),
                ts(now),
                ts(now),
                groupInterval.toMillis());
    }

    @Override
    public void fire(UUID subscriptionId, String groupKey, AlertSignal s, Instant now) {
        jdbc.update(
                FIRE,
                subscriptionId,
                s.fingerprint(),
                groupKey,
                s.name(),
                s.oneShot(),
                s.severity().name(),
                Sql.json(s.labels()),
                s.summary(),
                ts(now),
                ts(now));
    }

    @Override
    public void touch(UUID subscriptionId, String fingerprint, Instant now) {
        jdbc.update(
                "UPDATE alert SET updated_at = ? WHERE subscription_id = ? AND fingerprint = ?",
                ts(now),
                subscriptionId,
                fingerprint);
    }

    @Override
    public void resolve(UUID subscriptionId, String fingerprint, Instant now) {
        jdbc.update(
                "UPDATE alert SET status = 'RESOLVED', ends_at = ?, updated_at = ?"
                        + " WHERE subscription_id = ? AND fingerprint = ?",
                ts(now),
                ts(now),
                subscriptionId,
                fingerprint);
    }

    @Override
    public List<DueGroup> claimDue(Instant now, int limit) {
        return jdbc.query(
                "SELECT subscription_id, group_key, labels_json, last_notified_at FROM alert_group"
                        + " WHERE next_flush_at <= ? ORDER BY next_flush_at LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED",
                (rs, n) ->
                        new DueGroup(
                                rs.getObject("subscription_id", UUID.class),
                                rs.getString("group_key"),
                                Sql.stringMap(rs.getString("labels_json")),
                                instant(rs, "last_notified_at")),
                ts(now),
                limit);
    }

    @Override
    public List<StoredAlert> alerts(UUID subscriptionId, String groupKey) {
        return jdbc.query(
                "SELECT "
                        + ALERT
                        + " FROM alert WHERE subscription_id = ? AND group_key = ?"
                        + " ORDER BY starts_at, fingerprint",
                (rs, n) -> alert(rs),
                subscriptionId,
                groupKey);
    }

    @Override
    public List<Map.Entry<UUID, StoredAlert>> all() {
        return jdbc.query(
                "SELECT subscription_id, "
                        + ALERT
                        + " FROM alert ORDER BY starts_at DESC LIMIT 1000",
                (rs, n) ->
                        new AbstractMap.SimpleImmutableEntry<>(
                                rs.getObject("subscription_id", UUID.class), alert(rs)));
    }

    @Override
    public void notified(
            UUID subscriptionId, Collection<String> fingerprints, AlertState state, Instant at) {
        if (fingerprints.isEmpty()) {
            return;
        }
        named.update(
                "UPDATE alert SET notified_status = :state, notified_at = :at"
                        + " WHERE subscription_id = :s AND fingerprint IN (:f)",
                new MapSqlParameterSource("state", state.name())
                        .addValue("at", ts(at))
                        .addValue("s", subscriptionId)
                        .addValue("f", new HashSet<>(fingerprints)));
    }

    @Override
    public void delete(UUID subscriptionId, Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        named.update(
                "DELETE FROM alert WHERE subscription_id = :s AND fingerprint IN (:f)",
                new MapSqlParameterSource("s", subscriptionId)
                        .addValue("f", new HashSet<>(fingerprints)));
    }

    @Override
    public void updateGroup(
            UUID subscriptionId, String groupKey, Instant nextFlushAt, Instant lastNotifiedAt) {
        jdbc.update(
                "UPDATE alert_group SET next_flush_at = ?, last_notified_at = ?"
                        + " WHERE subscription_id = ? AND group_key = ?",
                ts(nextFlushAt),
                ts(lastNotifiedAt),
                subscriptionId,
                groupKey);
    }

    @Override
    public void deleteGroup(UUID subscriptionId, String groupKey) {
        jdbc.update(
                "DELETE FROM alert_group WHERE subscription_id = ? AND group_key = ?",
                subscriptionId,
                groupKey);
    }

    private static StoredAlert alert(ResultSet rs) throws SQLException {
        String notified = rs.getString("notified_status");
        return new StoredAlert(
                rs.getString("fingerprint"),
                rs.getString("name"),
                AlertState.valueOf(rs.getString("status")),
                rs.getBoolean("one_shot"),
                Severity.valueOf(rs.getString("severity")),
                Sql.stringMap(rs.getString("labels_json")),
                rs.getString("summary"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                notified == null ? null : AlertState.valueOf(notified));
    }
}
