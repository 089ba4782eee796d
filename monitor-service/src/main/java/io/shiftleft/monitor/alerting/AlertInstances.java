package io.shiftleft.monitor.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The alerts of each environment in memory: a copy of what the store holds, read at first use and
 * again after another instance wrote first; changed only after a write committed. Readers (the API,
 * the gauges) see a consistent value per alert.
 */
@Component
class AlertInstances {

    private final AlertStore store;
    private final Map<String, Map<InstanceKey, AlertInstance>> byEnvironment =
            new ConcurrentHashMap<>();

    AlertInstances(AlertStore store) {
        this.store = store;
    }

    AlertStore store() {
        return store;
    }

    /** The environment's alerts, read from the store if they were not yet. */
    Map<InstanceKey, AlertInstance> of(String environment) {
        return byEnvironment.computeIfAbsent(
                environment, e -> new ConcurrentHashMap<>(store.load(e)));
    }

    /** Reads the environment's alerts again. */
    void reload(String environment) {
        byEnvironment.put(environment, new ConcurrentHashMap<>(store.load(environment)));
    }

    /** Takes committed transitions (and shown values) in. */
    void apply(String environment, List<AlertTransition> transitions) {
        Map<InstanceKey, AlertInstance> alerts = of(environment);
        for (AlertTransition t : transitions) {
            if (t.after() == null) {
                alerts.remove(t.before().key());
            } else {
                alerts.put(t.after().key(), t.after());
            }
        }
    }

    /** Forgets resolved alerts resolved before the instant (they were purged from the store). */
    void forgetResolvedBefore(Instant before) {
        byEnvironment
                .values()
                .forEach(
                        m ->
                                m.values()
                                        .removeIf(
                                                a ->
                                                        a.state() == AlertState.RESOLVED
                                                                && a.resolvedAt() != null
                                                                && a.resolvedAt()
                                                                        .isBefore(before)));
    }

    /** Every alert of the environments read so far. */
    List<AlertInstance> all() {
        List<AlertInstance> all = new ArrayList<>();
        byEnvironment.values().forEach(m -> all.addAll(m.values()));
        return all;
    }
}
