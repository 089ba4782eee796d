package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.platform.PlatformRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** Reads what tracking knows, for the API and the gauges: never blocks a running cycle. */
@Service
public class TrackedStatements {

    private final TrackingStates states;
    private final PlatformRegistry platforms;

    TrackedStatements(TrackingStates states, PlatformRegistry platforms) {
        this.states = states;
        this.platforms = platforms;
    }

    /** The watched environments, sorted. */
    public Set<String> environments() {
        return new TreeSet<>(platforms.environments());
    }

    /** Every tracked statement of the environment (MISSING ones included). */
    public Collection<TrackedStatement> statements(String environment) {
        return List.copyOf(states.of(environment).statements.values());
    }

    /** One tracked statement. */
    public Optional<TrackedStatement> statement(String environment, String name) {
        return Optional.ofNullable(states.of(environment).statements.get(name));
    }

    /** The statement's latest metrics, if any were sampled since the monitor started. */
    public Optional<Gauges> gauges(String environment, String name) {
        return Optional.ofNullable(states.of(environment).gauges.get(name));
    }

    /**
     * When the statement was last seen as it is: the environment's last listing for a statement
     * still listed, else when its state was written.
     */
    public Instant observedAt(TrackedStatement s) {
        Instant listed = states.of(s.environment()).lastListedAt;
        return listed != null && s.phase() != Phase.MISSING && listed.isAfter(s.changedAt())
                ? listed
                : s.changedAt();
    }

    /** The out-of-order pairs standing in the environment. */
    public Set<OutOfOrderPair> outOfOrder(String environment) {
        return states.of(environment).outOfOrder;
    }

    /** The statement's most recent changes, newest first. */
    public List<HistoryEntry> history(String environment, String name, int limit) {
        return states.store().history(environment, name, limit);
    }
}
