package io.shiftleft.notifier.alert.adapter.out.jdbc;

import static io.shiftleft.notifier.adapter.out.jdbc.Sql.instant;
import static io.shiftleft.notifier.adapter.out.jdbc.Sql.ts;

import io.shiftleft.notifier.adapter.out.jdbc.Sql;
import io.shiftleft.notifier.alert.Matcher;
import io.shiftleft.notifier.alert.Silence;
import io.shiftleft.notifier.alert.SilenceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link SilenceStore} on the {@code silence} table. */
@Component
class JdbcSilenceStore implements SilenceStore {

    private static final String COLUMNS =
            "id, matchers_json, starts_at, ends_at, created_by, comment, created_at, deployment_key";

    private final JdbcTemplate jdbc;

    JdbcSilenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Silence s) {
        jdbc.update(
                "INSERT INTO silence ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (deployment_key) DO NOTHING",
                s.id(),
                Sql.json(s.matchers().stream().map(JdbcSilenceStore::matcherJson).toList()),
                ts(s.startsAt()),
                ts(s.endsAt()),
                s.createdBy(),
                s.comment(),
                ts(s.createdAt()),
                s.deploymentKey());
    }

    @Override
    public Optional<Silence> find(UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM silence WHERE id = ?",
                        (rs, n) -> silence(rs),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public List<Silence> list(Instant endingAfter) {
        return jdbc.query(
                "SELECT "
                        + COLUMNS
                        + " FROM silence WHERE ends_at > ? ORDER BY starts_at DESC LIMIT 1000",
                (rs, n) -> silence(rs),
                ts(endingAfter));
    }

    @Override
    public boolean endAt(UUID id, Instant at) {
        if (find(id).isEmpty()) {
            return false;
        }
        // Starts no later than it ends, so a pending silence expired now stays valid.
        jdbc.update(
                "UPDATE silence SET ends_at = ?, starts_at = LEAST(starts_at, CAST(? AS TIMESTAMPTZ) - INTERVAL '1 millisecond')"
                        + " WHERE id = ? AND ends_at > ?",
                ts(at),
                ts(at),
                id,
                ts(at));
        return true;
    }

    @Override
    public void endDeployment(String deploymentKey, Instant at) {
        jdbc.update(
                "UPDATE silence SET ends_at = ?, starts_at = LEAST(starts_at, CAST(? AS TIMESTAMPTZ) - INTERVAL '1 millisecond')"
                        + " WHERE deployment_key = ? AND ends_at > ?",
                ts(at),
                ts(at),
                deploymentKey,
                ts(at));
    }

    private static Map<String, Object> matcherJson(Matcher m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", m.name());
        j.put("value", m.value());
        j.put("is_regex", m.regex());
        j.put("is_equal", m.equal());
        return j;
    }

    private static Silence silence(ResultSet rs) throws SQLException {
        List<Matcher> matchers =
                Sql.list(rs.getString("matchers_json")).stream()
                        .map(
                                m ->
                                        new Matcher(
                                                (String) m.get("name"),
                                                (String) m.get("value"),
                                                Boolean.TRUE.equals(m.get("is_regex")),
                                                Boolean.TRUE.equals(m.get("is_equal"))))
                        .toList();
        return new Silence(
                rs.getObject("id", UUID.class),
                matchers,
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("created_by"),
                rs.getString("comment"),
                instant(rs, "created_at"),
                rs.getString("deployment_key"));
    }
}
