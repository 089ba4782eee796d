package io.shiftleft.monitor.activity;

import java.time.Instant;
import java.util.List;

/** Where deployment activity is kept. */
public interface ActivityStore {

    /** Records the activity unless its event id is already known; returns whether it was new. */
    boolean recordOnce(DeploymentActivity activity);

    /** The most recent activity of an environment, newest first. */
    List<DeploymentActivity> recent(String environment, int limit);

    /**
     * The steps of the environment that started since the instant and have not ended (no
     * STEP_SUCCEEDED or STEP_FAILED for their table, no end of their plan).
     */
    List<ActiveStep> activeSteps(String environment, Instant since);
}
