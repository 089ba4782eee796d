package io.shiftleft.monitor.alerting.adapter.out.jdbc;

import io.shiftleft.monitor.alerting.AlertRule;
import io.shiftleft.monitor.alerting.AlertRuleStore;
import io.shiftleft.monitor.alerting.InvalidRuleException;
import io.shiftleft.monitor.alerting.RuleReader;
import io.shiftleft.monitor.alerting.RuleTree;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AlertRuleStore} on {@code alert_rule}: each rule as the JSON document the API shows, read
 * back through the same checks as a request body.
 */
@Component
class JdbcAlertRuleStore implements AlertRuleStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcAlertRuleStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    JdbcAlertRuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Stored> all() {
        List<Stored> rules = new ArrayList<>();
        jdbc.query(
                "SELECT name, definition, created_at, updated_at FROM alert_rule ORDER BY name",
                rs -> {
                    String name = rs.getString("name");
                    try {
                        AlertRule rule =
                                RuleReader.api(
                                        RuleTree.of(
                                                JSON.readValue(
                                                        rs.getString("definition"), Map.class)));
                        rules.add(
                                new Stored(
                                        rule,
                                        rs.getTimestamp("created_at").toInstant(),
                                        rs.getTimestamp("updated_at").toInstant()));
                    } catch (InvalidRuleException | tools.jackson.core.JacksonException e) {
                        // Only a rule stored by a version that checked differently: skipped, said.
                        log.error("Stored alert rule {} cannot be used: {}", name, e.getMessage());
                    }
                });
        return rules;
    }

    @Override
    public String revision() {
        return jdbc.queryForObject(
                "SELECT COALESCE(MAX(revision), 0) || ':' || COUNT(*) FROM alert_rule",
                String.class);
    }

    @Override
    public boolean insert(AlertRule rule, Instant now) {
        return jdbc.update(
                        "INSERT INTO alert_rule (name, definition, revision, created_at,"
                                + " updated_at) VALUES (?, ?, nextval('alert_rule_revision'), ?,"
                                + " ?) ON CONFLICT (name) DO NOTHING",
                        rule.name(),
                        JSON.writeValueAsString(rule.document()),
                        Timestamp.from(now),
                        Timestamp.from(now))
                == 1;
    }

    @Override
    public boolean replace(AlertRule rule, Instant now) {
        return jdbc.update(
                        "UPDATE alert_rule SET definition = ?, revision ="
                                + " nextval('alert_rule_revision'), updated_at = ? WHERE name = ?",
                        JSON.writeValueAsString(rule.document()),
                        Timestamp.from(now),
                        rule.name())
                == 1;
    }

    @Override
    public boolean delete(String name) {
        return jdbc.update("DELETE FROM alert_rule WHERE name = ?", name) == 1;
    }
}
