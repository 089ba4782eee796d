package io.shiftleft.monitor.status;

import io.shiftleft.monitor.MonitorException;
import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.metrics.MetricsStore;
import io.shiftleft.monitor.tracking.HistoryEntry;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Answers the API's questions from tracking's state (memory) and the stored history. */
@Service
public class StatementQueries {

    /** How many changes a statement's detail shows. */
    static final int HISTORY = 50;

    private final TrackedStatements tracked;
    private final MetricsStore metrics;
    private final ProductHealthCheck health;
    private final MonitorProperties properties;
    private final Clock clock;

    StatementQueries(
            TrackedStatements tracked,
            MetricsStore metrics,
            ProductHealthCheck health,
            MonitorProperties properties,
            Clock clock) {
        this.tracked = tracked;
        this.metrics = metrics;
        this.health = health;
        this.properties = properties;
        this.clock = clock;
    }

    /** The tracked statements that pass the filter, by environment then name. */
    public List<StatementView> list(StatementQuery query) {
        List<StatementView> views = new ArrayList<>();
        for (String env : environments(query.environment())) {
            for (TrackedStatement s : tracked.statements(env)) {
                if (query.matches(s)) {
                    views.add(view(s));
                }
            }
        }
        views.sort(
                Comparator.comparing((StatementView v) -> v.statement().environment())
                        .thenComparing(StatementView::name));
        return views;
    }

    /**
     * One statement with its history and samples.
     *
     * @param environment its environment; may be null when only one environment has it
     * @throws MonitorException NOT_FOUND, AMBIGUOUS or UNKNOWN_ENVIRONMENT
     */
    public StatementDetail detail(String name, String environment) {
        List<TrackedStatement> found = new ArrayList<>();
        for (String env : environments(environment)) {
            tracked.statement(env, name).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new MonitorException(
                    MonitorException.Reason.NOT_FOUND,
                    "No statement named '"
                            + name
                            + "' is tracked"
                            + (environment == null ? "" : " in environment '" + environment + "'"));
        }
        if (found.size() > 1) {
            throw new MonitorException(
                    MonitorException.Reason.AMBIGUOUS,
                    "Statement '"
                            + name
                            + "' is tracked in environments "
                            + found.stream().map(TrackedStatement::environment).toList()
                            + "; add ?environment= to choose one");
        }
        TrackedStatement s = found.get(0);
        List<HistoryEntry> history = tracked.history(s.environment(), name, HISTORY);
        return new StatementDetail(
                view(s),
                history,
                metrics.statementSamples(
                        s.environment(),
                        name,
                        clock.instant().minus(properties.metrics().window())));
    }

    /**
     * A product's health in an environment.
     *
     * @param environment may be null when only one environment is watched
     */
    public ProductHealth health(String product, String environment) {
        List<String> envs = environments(environment);
        if (envs.size() != 1) {
            throw new MonitorException(
                    MonitorException.Reason.INVALID_REQUEST,
                    "Several environments are watched ("
                            + envs
                            + "); add ?environment= to choose the one to check");
        }
        return health.of(product, envs.get(0));
    }

    private StatementView view(TrackedStatement s) {
        return new StatementView(
                s, tracked.observedAt(s), tracked.gauges(s.environment(), s.name()).orElse(null));
    }

    private List<String> environments(String environment) {
        Set<String> all = tracked.environments();
        if (environment == null) {
            return List.copyOf(all);
        }
        return Optional.of(environment)
                .filter(all::contains)
                .map(List::of)
                .orElseThrow(
                        () ->
                                new MonitorException(
                                        MonitorException.Reason.UNKNOWN_ENVIRONMENT,
                                        "Environment '"
                                                + environment
                                                + "' is not watched; watched: "
                                                + all
                                                + " (monitor.environments)"));
    }
}
