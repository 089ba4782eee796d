package io.shiftleft.notifier.delivery.adapter.out.jdbc;

import static io.shiftleft.notifier.adapter.out.jdbc.Sql.instant;
import static io.shiftleft.notifier.adapter.out.jdbc.Sql.integer;
import static io.shiftleft.notifier.adapter.out.jdbc.Sql.ts;

import io.shiftleft.notifier.delivery.AttemptOutcome;
import io.shiftleft.notifier.delivery.ClaimedDelivery;
import io.shiftleft.notifier.delivery.Delivery;
import io.shiftleft.notifier.delivery.DeliveryAttempt;
import io.shiftleft.notifier.delivery.DeliveryKind;
import io.shiftleft.notifier.delivery.DeliveryQuery;
import io.shiftleft.notifier.delivery.DeliveryStatus;
import io.shiftleft.notifier.delivery.DeliveryStore;
import io.shiftleft.notifier.delivery.NewDelivery;
import io.shiftleft.notifier.subscription.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DeliveryStore} on the {@code delivery} and {@code delivery_attempt} tables. */
@Component
class JdbcDeliveryStore implements DeliveryStore {

    private static final String VIEW =
            "id, subscription_id, event_id, kind, event_type, status, attempts, next_attempt_at,"
                    + " created_at, event_occurred_at, first_attempt_at, last_attempt_at,"
                    + " last_status_code, last_latency_ms, last_error, finished_at, replays";

    private static final String CLAIM =
            """
            UPDATE delivery d SET next_attempt_at = ?, lease_token = ?
            FROM subscription s
            WHERE d.id IN (SELECT id FROM delivery
                           WHERE status = 'PENDING' AND next_attempt_at <= ?
                           ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
              AND s.id = d.subscription_id
            RETURNING d.id, d.subscription_id, s.channel, s.enabled, s.updated_at, d.kind,
                      d.event_type, d.payload, d.attempts, d.schedule_step, d.event_occurred_at
            """;

    private static final String RECORD =
            """
            UPDATE delivery SET status = ?, attempts = attempts + ?, schedule_step = schedule_step + ?,
                   next_attempt_at = COALESCE(?, next_attempt_at), lease_token = NULL,
                   first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?,
                   last_status_code = ?, last_latency_ms = ?, last_error = ?, finished_at = ?
            WHERE id = ? AND lease_token = ?
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;

    JdbcDeliveryStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = transactions;
    }

    /**
     * Claims and results need not wait for the WAL flush: a claim lost in a database crash leaves
     * the delivery due (it is sent again), a lost result likewise; both only repeat a delivery,
     * which at-least-once allows. Taking events in stays fully durable.
     */
    private void relaxedCommit() {
        jdbc.execute("SET LOCAL synchronous_commit TO OFF");
    }

    @Override
    public int insert(Collection<NewDelivery> deliveries, Instant now) {
        List<Object[]> rows = new ArrayList<>(deliveries.size());
        for (NewDelivery d : deliveries) {
            rows.add(
                    new Object[] {
                        d.id(),
                        d.subscriptionId(),
                        d.eventId(),
                        d.kind().name(),
                        d.eventType(),
                        d.payload(),
                        ts(now),
                        ts(now),
                        ts(d.eventOccurredAt())
                    });
        }
        int[] counts =
                jdbc.batchUpdate(
                        "INSERT INTO delivery (id, subscription_id, event_id, kind, event_type,"
                                + " payload, status, next_attempt_at, created_at, event_occurred_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)"
                                + " ON CONFLICT (id) DO NOTHING",
                        rows);
        return Arrays.stream(counts).map(c -> c < 0 ? 1 : c).sum();
    }

    @Override
    public Set<UUID> insertLeased(
            Collection<NewDelivery> deliveries, Instant now, Instant leaseUntil, UUID leaseToken) {
        List<NewDelivery> list = List.copyOf(deliveries);
        List<Object[]> rows = new ArrayList<>(list.size());
        for (NewDelivery d : list) {
            rows.add(
                    new Object[] {
                        d.id(),
                        d.subscriptionId(),
                        d.eventId(),
                        d.kind().name(),
                        d.eventType(),
                        d.payload(),
                        ts(leaseUntil),
                        leaseToken,
                        ts(now),
                        ts(d.eventOccurredAt())
                    });
        }
        int[] counts =
                jdbc.batchUpdate(
                        "INSERT INTO delivery (id, subscription_id, event_id, kind, event_type,"
                                + " payload, status, next_attempt_at, lease_token, created_at,"
                                + " event_occurred_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)"
                                + " ON CONFLICT (id) DO NOTHING",
                        rows);
        Set<UUID> inserted = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            // The driver answers each row's count; "unknown" is taken as inserted (at worst the
            // delivery is sent once more, which at-least-once allows).
            if (counts[i] != 0) {
                inserted.add(list.get(i).id());
            }
        }
        return inserted;
    }

    @Override
    public List<ClaimedDelivery> claim(Instant now, int limit, Instant leaseUntil, UUID token) {
        return transactions.execute(status -> claimRelaxed(now, limit, leaseUntil, token));
    }

    private List<ClaimedDelivery> claimRelaxed(
            Instant now, int limit, Instant leaseUntil, UUID token) {
        relaxedCommit();
        return jdbc.query(
                CLAIM,
                (rs, n) ->
                        new ClaimedDelivery(
                                rs.getObject("id", UUID.class),
                                rs.getObject("subscription_id", UUID.class),
                                Channel.valueOf(rs.getString("channel")),
                                rs.getBoolean("enabled"),
                                instant(rs, "updated_at"),
                                DeliveryKind.valueOf(rs.getString("kind")),
                                rs.getString("event_type"),
                                rs.getString("payload"),
                                rs.getInt("attempts"),
                                rs.getInt("schedule_step"),
                                token,
                                instant(rs, "event_occurred_at")),
                ts(leaseUntil),
                token,
                ts(now),
                limit);
    }

    @Override
    public void record(Collection<Recorded> results) {
        relaxedCommit();
        List<Object[]> updates = new ArrayList<>(results.size());
        List<Object[]> attempts = new ArrayList<>(results.size());
        for (Recorded r : results) {
            boolean attempted = r.outcome() != AttemptOutcome.SKIPPED;
            boolean finished = r.status() != DeliveryStatus.PENDING;
            updates.add(
                    new Object[] {
                        r.status().name(),
                        attempted ? 1 : 0,
                        attempted ? 1 : 0,
                        ts(r.nextAttemptAt()),
                        attempted ? ts(r.startedAt()) : null,
                        attempted ? ts(r.startedAt()) : null,
                        r.result().statusCode(),
                        attempted ? r.result().latencyMs() : null,
                        r.error(),
                        finished ? ts(r.startedAt()) : null,
                        r.claimed().id(),
                        r.claimed().leaseToken()
                    });
            if (attempted) {
                attempts.add(
                        new Object[] {
                            r.claimed().id(),
                            r.claimed().attempts() + 1,
                            ts(r.startedAt()),
                            r.result().latencyMs(),
                            r.result().statusCode(),
                            r.outcome().name(),
                            r.result().error()
                        });
            }
        }
        jdbc.batchUpdate(RECORD, updates);
        if (!attempts.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO delivery_attempt (delivery_id, attempt, started_at, latency_ms,"
                            + " status_code, outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (delivery_id, attempt) DO NOTHING",
                    attempts);
        }
    }

    @Override
    public Optional<Delivery> find(UUID id) {
        return jdbc
                .query(
                        "SELECT " + VIEW + " FROM delivery WHERE id = ?",
                        (rs, n) -> delivery(rs),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> payload(UUID id) {
        return jdbc
                .queryForList("SELECT payload FROM delivery WHERE id = ?", String.class, id)
                .stream()
                .findFirst();
    }

    @Override
    public List<DeliveryAttempt> attempts(UUID id) {
        return jdbc.query(
                "SELECT attempt, started_at, latency_ms, status_code, outcome, error"
                        + " FROM delivery_attempt WHERE delivery_id = ? ORDER BY attempt",
                (rs, n) ->
                        new DeliveryAttempt(
                                rs.getInt("attempt"),
                                instant(rs, "started_at"),
                                rs.getInt("latency_ms"),
                                integer(rs, "status_code"),
                                AttemptOutcome.valueOf(rs.getString("outcome")),
                                rs.getString("error")),
                id);
    }

    @Override
    public List<Delivery> list(DeliveryQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + VIEW + " FROM delivery WHERE TRUE");
        MapSqlParameterSource p = new MapSqlParameterSource("limit", q.limit());
        if (q.subscriptionId() != null) {
            sql.append(" AND subscription_id = :subscription");
            p.addValue("subscription", q.subscriptionId());
        }
        if (q.status() != null) {
            sql.append(" AND status = :status");
            p.addValue("status", q.status().name());
        }
        if (q.eventId() != null) {
            sql.append(" AND event_id = :event");
            p.addValue("event", q.eventId());
        }
        if (q.before() != null) {
            sql.append(" AND created_at < :before");
            p.addValue("before", ts(q.before()));
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT :limit");
        return named.query(sql.toString(), p, (rs, n) -> delivery(rs));
    }

    @Override
    public boolean requeue(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE delivery SET status = 'PENDING', schedule_step = 0, next_attempt_at = ?,"
                                + " lease_token = NULL, finished_at = NULL, replays = replays + 1"
                                + " WHERE id = ?",
                        ts(now),
                        id)
                == 1;
    }

    @Override
    public int requeue(
            UUID subscriptionId, Instant since, Instant until, boolean succeededToo, Instant now) {
        return jdbc.update(
                "UPDATE delivery SET status = 'PENDING', schedule_step = 0, next_attempt_at = ?,"
                        + " lease_token = NULL, finished_at = NULL, replays = replays + 1"
                        + " WHERE subscription_id = ? AND created_at >= ? AND created_at < ?"
                        + " AND (status = 'DEAD' OR (? AND status = 'SUCCEEDED'))",
                ts(now),
                subscriptionId,
                ts(since),
                ts(until),
                succeededToo);
    }

    @Override
    public Set<UUID> eventsDelivered(UUID subscriptionId, Collection<UUID> eventIds) {
        return new HashSet<>(
                named.queryForList(
                        "SELECT event_id FROM delivery WHERE subscription_id = :s AND event_id IN (:e)",
                        new MapSqlParameterSource("s", subscriptionId)
                                .addValue("e", new HashSet<>(eventIds)),
                        UUID.class));
    }

    @Override
    public int purgeFinished(Instant before) {
        return jdbc.update(
                "DELETE FROM delivery WHERE status <> 'PENDING' AND created_at < ?", ts(before));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("subscription_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                DeliveryKind.valueOf(rs.getString("kind")),
                rs.getString("event_type"),
                status,
                rs.getInt("attempts"),
                status == DeliveryStatus.PENDING ? instant(rs, "next_attempt_at") : null,
                instant(rs, "created_at"),
                instant(rs, "event_occurred_at"),
                instant(rs, "first_attempt_at"),
                instant(rs, "last_attempt_at"),
                integer(rs, "last_status_code"),
                integer(rs, "last_latency_ms"),
                rs.getString("last_error"),
                instant(rs, "finished_at"),
                rs.getInt("replays"));
    }
}
