package io.shiftleft.monitor.activity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records each deployment event once, whatever number of times Kafka delivers it, and tells which
 * tables a running deployment step works on (what happens to their statements then is planned).
 */
@Service
public class ActivityTracker {

    private static final Logger log = LoggerFactory.getLogger(ActivityTracker.class);

    /** A step that has not ended after this long is no longer taken as running. */
    static final Duration STEP_HORIZON = Duration.ofHours(6);

    private final ActivityStore store;
    private final Clock clock;

    ActivityTracker(ActivityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Takes one deployment event into account. */
    public void observe(DeploymentActivity activity) {
        if (!store.recordOnce(activity)) {
            log.info("Deployment event {} already recorded; skipped", activity.eventId());
        }
    }

    /** The most recent activity of an environment, newest first. */
    public List<DeploymentActivity> recent(String environment, int limit) {
        return store.recent(environment, limit);
    }

    /** The running deployment steps of an environment, by table. */
    public Map<String, ActiveStep> activeSteps(String environment) {
        return store.activeSteps(environment, clock.instant().minus(STEP_HORIZON)).stream()
                .collect(Collectors.toMap(ActiveStep::tableName, Function.identity(), (a, b) -> b));
    }
}
