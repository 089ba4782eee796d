package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.MonitorException;
import io.shiftleft.monitor.MonitorException.Reason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every alert rule: the file's (read-only, read at start) and the API's (kept in PostgreSQL; read
 * again when another instance changed them). Names are unique across both.
 */
@Service
public class AlertRules {

    private static final Logger log = LoggerFactory.getLogger(AlertRules.class);

    /**
     * A rule with when it was made and last replaced (null for the file's rules).
     *
     * @param rule the rule
     * @param createdAt when it was made through the API
     * @param updatedAt when it was last replaced
     */
    public record Entry(AlertRule rule, java.time.Instant createdAt, java.time.Instant updatedAt) {}

    private final Map<String, AlertRule> fileRules = new LinkedHashMap<>();
    private final AlertRuleStore store;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(null, List.of(), List.of());

    private record Snapshot(String revision, List<Entry> apiRules, List<AlertRule> all) {}

    AlertRules(RulesFile file, AlertRuleStore store, Clock clock) {
        file.rules().forEach(r -> fileRules.put(r.name(), r));
        this.store = store;
        this.clock = clock;
        if (!fileRules.isEmpty()) {
            log.info(
                    "{} alert rules from the rules file: {}", fileRules.size(), fileRules.keySet());
        }
    }

    /** Every rule, the file's first (in file order), then the API's by name. */
    public List<Entry> list() {
        List<Entry> all = new ArrayList<>();
        fileRules.values().forEach(r -> all.add(new Entry(r, null, null)));
        all.addAll(fresh().apiRules());
        return all;
    }

    /** The rule of that name. */
    public Entry get(String name) {
        return find(name)
                .orElseThrow(
                        () ->
                                new MonitorException(
                                        Reason.NOT_FOUND, "No alert rule is named '" + name + "'"));
    }

    /** The rules to evaluate now. */
    public List<AlertRule> current() {
        return fresh().all();
    }

    /** Adds a rule made through the API. */
    public Entry create(AlertRule rule) {
        if (fileRules.containsKey(rule.name()) || !store.insert(rule, clock.instant())) {
            throw new MonitorException(
                    Reason.CONFLICT,
                    "name",
                    "An alert rule named '"
                            + rule.name()
                            + "' exists already"
                            + (fileRules.containsKey(rule.name()) ? " (in the rules file)" : "")
                            + "; replace it with PUT /api/v1/alert-rules/"
                            + rule.name());
        }
        log.info("Alert rule {} created", rule.name());
        return reloaded(rule.name());
    }

    /** Replaces a rule made through the API; the name in the body, if any, must be the same. */
    public Entry replace(String name, AlertRule rule) {
        if (!rule.name().equals(name)) {
            throw new MonitorException(
                    Reason.INVALID_REQUEST,
                    "name",
                    "Field name is '"
                            + rule.name()
                            + "' but the path names rule '"
                            + name
                            + "'; a rule cannot be renamed (create the new one, delete the old)");
        }
        writable(name);
        if (!store.replace(rule, clock.instant())) {
            throw notFound(name);
        }
        log.info("Alert rule {} replaced", name);
        return reloaded(name);
    }

    /** Deletes a rule made through the API; its firing alerts resolve at the next evaluation. */
    public void delete(String name) {
        writable(name);
        if (!store.delete(name)) {
            throw notFound(name);
        }
        log.info("Alert rule {} deleted", name);
        snapshot = load();
    }

    private void writable(String name) {
        if (fileRules.containsKey(name)) {
            throw new MonitorException(
                    Reason.CONFLICT,
                    "Alert rule '"
                            + name
                            + "' comes from the rules file and is read-only here; change the file"
                            + " and restart the monitor");
        }
    }

    private Optional<Entry> find(String name) {
        AlertRule file = fileRules.get(name);
        if (file != null) {
            return Optional.of(new Entry(file, null, null));
        }
        return fresh().apiRules().stream().filter(e -> e.rule().name().equals(name)).findFirst();
    }

    private Entry reloaded(String name) {
        snapshot = load();
        return find(name).orElseThrow(() -> notFound(name));
    }

    private Snapshot fresh() {
        Snapshot s = snapshot;
        String revision = store.revision();
        if (!revision.equals(s.revision())) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        String revision = store.revision();
        List<Entry> api = new ArrayList<>();
        for (AlertRuleStore.Stored stored : store.all()) {
            if (fileRules.containsKey(stored.rule().name())) {
                log.warn(
                        "Alert rule {} is both in the rules file and stored through the API; the"
                                + " file's applies",
                        stored.rule().name());
                continue;
            }
            api.add(new Entry(stored.rule(), stored.createdAt(), stored.updatedAt()));
        }
        api.sort(Comparator.comparing(e -> e.rule().name()));
        List<AlertRule> all = new ArrayList<>(fileRules.values());
        api.forEach(e -> all.add(e.rule()));
        return new Snapshot(revision, List.copyOf(api), List.copyOf(all));
    }

    private static MonitorException notFound(String name) {
        return new MonitorException(
                Reason.NOT_FOUND, "No alert rule made through the API is named '" + name + "'");
    }
}
