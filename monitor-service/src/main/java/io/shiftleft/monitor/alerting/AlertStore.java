package io.shiftleft.monitor.alerting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where alerts are kept (pending, firing and recently resolved ones; an inactive alert has no
 * record). Writes are guarded by each alert's version: an alert written by another monitor instance
 * first makes the write fail with {@link AlertConflictException}.
 */
public interface AlertStore {

    /** The alerts of an environment. */
    Map<InstanceKey, AlertInstance> load(String environment);

    /**
     * Writes the transitions that need writing. Must run in the caller's transaction.
     *
     * @throws AlertConflictException when an alert's stored version is not the one before
     */
    void write(List<AlertTransition> transitions);

    /** Deletes resolved alerts resolved before the instant; answers how many went. */
    int purgeResolved(Instant before);
}
