package io.shiftleft.notifier.subscription.adapter.out.jdbc;

import static io.shiftleft.notifier.adapter.out.jdbc.Sql.instant;
import static io.shiftleft.notifier.adapter.out.jdbc.Sql.ts;

import io.shiftleft.notifier.adapter.out.jdbc.Sql;
import io.shiftleft.notifier.event.Severity;
import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.Grouping;
import io.shiftleft.notifier.subscription.SealedCredentials;
import io.shiftleft.notifier.subscription.Subscription;
import io.shiftleft.notifier.subscription.SubscriptionFilter;
import io.shiftleft.notifier.subscription.SubscriptionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link SubscriptionStore} on the {@code subscription} table. */
@Component
class JdbcSubscriptionStore implements SubscriptionStore {

    private static final String COLUMNS =
            "id, channel, target_display, description, filter_json, grouping_json, enabled,"
                    + " disabled_reason, disabled_at, failing_since, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcSubscriptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void insert(Subscription s, SealedCredentials c) {
        jdbc.update(
                "INSERT INTO subscription ("
                        + COLUMNS
                        + ", target_sealed, secret_sealed,"
                        + " previous_secret_sealed, previous_secret_expires_at, routing_key_sealed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(),
                s.channel().name(),
                s.targetDisplay(),
                s.description(),
                Sql.json(filterJson(s.filter())),
                Sql.json(groupingJson(s.grouping())),
                s.enabled(),
                s.disabledReason(),
                ts(s.disabledAt()),
                ts(s.failingSince()),
                ts(s.createdAt()),
                ts(s.updatedAt()),
                c.target(),
                c.secret(),
                c.previousSecret(),
                ts(c.previousExpiresAt()),
                c.routingKey());
    }

    @Override
    public void update(Subscription s) {
        jdbc.update(
                "UPDATE subscription SET target_display = ?, description = ?, filter_json = ?,"
                        + " grouping_json = ?, enabled = ?, disabled_reason = ?, disabled_at = ?,"
                        + " failing_since = ?, updated_at = ? WHERE id = ?",
                s.targetDisplay(),
                s.description(),
                Sql.json(filterJson(s.filter())),
                Sql.json(groupingJson(s.grouping())),
                s.enabled(),
                s.disabledReason(),
                ts(s.disabledAt()),
                ts(s.failingSince()),
                ts(s.updatedAt()),
                s.id());
    }

    @Override
    public void updateCredentials(UUID id, SealedCredentials c, Instant updatedAt) {
        jdbc.update(
                "UPDATE subscription SET target_sealed = ?, secret_sealed = ?,"
                        + " previous_secret_sealed = ?, previous_secret_expires_at = ?,"
                        + " routing_key_sealed = ?, updated_at = ? WHERE id = ?",
                c.target(),
                c.secret(),
                c.previousSecret(),
                ts(c.previousExpiresAt()),
                c.routingKey(),
                ts(updatedAt),
                id);
    }

    @Override
    public Optional<Subscription> find(UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM subscription WHERE id = ?",
                        (rs, n) -> subscription(rs),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public List<Subscription> all() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM subscription ORDER BY created_at, id",
                (rs, n) -> subscription(rs));
    }

    @Override
    public List<Subscription> enabled() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM subscription WHERE enabled ORDER BY created_at, id",
                (rs, n) -> subscription(rs));
    }

    @Override
    public Optional<SealedCredentials> credentials(UUID id) {
        return jdbc
                .query(
                        "SELECT target_sealed, secret_sealed, previous_secret_sealed,"
                                + " previous_secret_expires_at, routing_key_sealed"
                                + " FROM subscription WHERE id = ?",
                        (rs, n) ->
                                new SealedCredentials(
                                        rs.getString("target_sealed"),
                                        rs.getString("secret_sealed"),
                                        rs.getString("previous_secret_sealed"),
                                        instant(rs, "previous_secret_expires_at"),
                                        rs.getString("routing_key_sealed")),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.update("DELETE FROM subscription WHERE id = ?", id) == 1;
    }

    @Override
    public void markFailing(Collection<UUID> ids, Instant at) {
        named.update(
                "UPDATE subscription SET failing_since = :at"
                        + " WHERE id IN (:ids) AND failing_since IS NULL",
                new MapSqlParameterSource("ids", new HashSet<>(ids)).addValue("at", ts(at)));
    }

    @Override
    public void markHealthy(Collection<UUID> ids) {
        named.update(
                "UPDATE subscription SET failing_since = NULL"
                        + " WHERE id IN (:ids) AND failing_since IS NOT NULL",
                new MapSqlParameterSource("ids", new HashSet<>(ids)));
    }

    @Override
    public boolean disable(UUID id, String reason, Instant at) {
        return jdbc.update(
                        "UPDATE subscription SET enabled = FALSE, disabled_reason = ?,"
                                + " disabled_at = ? WHERE id = ? AND enabled",
                        reason,
                        ts(at),
                        id)
                == 1;
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(
                rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("target_display"),
                rs.getString("description"),
                filter(Sql.map(rs.getString("filter_json"))),
                grouping(Sql.map(rs.getString("grouping_json"))),
                rs.getBoolean("enabled"),
                rs.getString("disabled_reason"),
                instant(rs, "disabled_at"),
                instant(rs, "failing_since"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Map<String, Object> filterJson(SubscriptionFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_types", f.eventTypes().stream().sorted().toList());
        m.put("environments", f.environments().stream().sorted().toList());
        m.put("products", f.products().stream().sorted().toList());
        m.put("tables", f.tables().stream().sorted().toList());
        m.put("min_severity", f.minSeverity().name());
        return m;
    }

    private static Map<String, Object> groupingJson(Grouping g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group_by", g.groupBy());
        m.put("group_wait_ms", Sql.millis(g.groupWait()));
        m.put("group_interval_ms", Sql.millis(g.groupInterval()));
        m.put("repeat_interval_ms", Sql.millis(g.repeatInterval()));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static SubscriptionFilter filter(Map<String, Object> m) {
        return new SubscriptionFilter(
                new HashSet<>((List<String>) m.get("event_types")),
                new HashSet<>((List<String>) m.get("environments")),
                new HashSet<>((List<String>) m.get("products")),
                new HashSet<>((List<String>) m.get("tables")),
                Severity.valueOf((String) m.get("min_severity")));
    }

    @SuppressWarnings("unchecked")
    private static Grouping grouping(Map<String, Object> m) {
        return new Grouping(
                (List<String>) m.get("group_by"),
                Sql.duration(m.get("group_wait_ms")),
                Sql.duration(m.get("group_interval_ms")),
                Sql.duration(m.get("repeat_interval_ms")));
    }
}
