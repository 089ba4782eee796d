package io.shiftleft.monitor.activity;

import java.util.List;

/** Where deployment activity is kept. */
public interface ActivityStore {

    /** Records the activity unless its event id is already known; returns whether it was new. */
    boolean recordOnce(DeploymentActivity activity);

    /** The most recent activity of an environment, newest first. */
    List<DeploymentActivity> recent(String environment, int limit);
}
