package io.shiftleft.monitor.activity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records each deployment event once, whatever number of times Kafka delivers it. */
@Service
public class ActivityTracker {

    private static final Logger log = LoggerFactory.getLogger(ActivityTracker.class);

    private final ActivityStore store;

    ActivityTracker(ActivityStore store) {
        this.store = store;
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
}
