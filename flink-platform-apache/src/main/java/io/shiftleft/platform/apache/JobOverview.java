package io.shiftleft.platform.apache;

import java.util.Objects;

/**
 * One job as {@code /jobs/overview} lists it.
 *
 * @param jid the job id (32 hex)
 * @param name the job name: the statement name, since the adapter sets {@code pipeline.name}
 * @param state the job status word (RUNNING, FINISHED, …), as Flink spells it
 * @param startTime when it started, epoch milliseconds (or -1)
 * @param tasksTotal its tasks (subtasks of all vertices)
 * @param tasksRunning how many of them run
 * @param tasksFinished how many of them finished
 */
record JobOverview(
        String jid,
        String name,
        String state,
        long startTime,
        int tasksTotal,
        int tasksRunning,
        int tasksFinished) {

    JobOverview {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /** Whether every task runs (or has finished): a RUNNING job whose tasks still deploy is not. */
    boolean tasksUp() {
        return tasksTotal == 0 || tasksRunning + tasksFinished >= tasksTotal;
    }
}
