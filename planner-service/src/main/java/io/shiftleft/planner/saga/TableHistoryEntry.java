package io.shiftleft.planner.saga;

import java.time.Instant;

/**
 * One plan step that touched a table: an entry of the table's deployment history.
 *
 * @param planId the plan
 * @param requestId the request it answered
 * @param environment the environment
 * @param planKind DEPLOY or UNDEPLOY
 * @param planStatus where the plan is
 * @param stepKind what the step did
 * @param state where the step is
 * @param detail why it failed or is blocked, or null
 * @param createdAt when the plan was stored
 * @param startedAt when the step started, or null
 * @param finishedAt when the step ended, or null
 */
public record TableHistoryEntry(
        String planId,
        String requestId,
        String environment,
        String planKind,
        String planStatus,
        String stepKind,
        String state,
        String detail,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {}
