package io.shiftleft.platform.apache;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Turns a stored statement plus what Flink says now into a {@link StatementStatus}. {@link #read}
 * looks closely (one statement: job status, a pending savepoint, the failure's message); {@link
 * #fromOverview} only uses one {@code /jobs/overview} answer, for lists.
 */
final class StatusReader {

    private final JobManagerClient jobs;
    private final SqlGatewayClient gateway;
    private final StatementStore store;
    private final HeldOperations operations;
    private final Clock clock;
    private final ReentrantLock writes;

    StatusReader(
            JobManagerClient jobs,
            SqlGatewayClient gateway,
            StatementStore store,
            HeldOperations operations,
            Clock clock,
            ReentrantLock writes) {
        this.jobs = jobs;
        this.gateway = gateway;
        this.store = store;
        this.operations = operations;
        this.clock = clock;
        this.writes = writes;
    }

    /** The statement's status now, resolving a finished stop request into its savepoint path. */
    StatementStatus read(StoredStatement s) {
        if (s.kind() == StatementKind.DDL) {
            return ofDdl(s);
        }
        if (s.kind() == StatementKind.QUERY) {
            return ofQuery(s, true);
        }
        if (s.jobId().isEmpty()) {
            return ofUnsubmitted(s);
        }
        String jid = s.jobId().get();
        Optional<JobOverview> job = jobs.job(jid);
        if (job.isEmpty()) {
            return gone(s, jid);
        }
        String state = job.get().state();
        if (s.savepointTriggerId().isPresent()) {
            s = resolveStop(s, jid, state);
        } else if (state.equals("FINISHED") && !s.stopped()) {
            s = adoptOutsideStop(s, jid);
        }
        StatementPhase phase = JobPhases.of(job.get(), s.stopped());
        String detail = s.error().orElse("");
        if (phase == StatementPhase.FAILED
                || phase == StatementPhase.FAILING
                || phase == StatementPhase.DEGRADED) {
            List<StatementError> errors = jobs.exceptions(jid, 1);
            detail = errors.isEmpty() ? detail : errors.get(0).message();
        } else if (state.equals("CANCELED") && !s.stopped()) {
            detail = "The job was cancelled outside shift-left";
        } else if (phase == StatementPhase.PENDING) {
            detail = "The job's tasks are being deployed";
        } else if (phase == StatementPhase.STOPPED && s.savepointPath().isPresent()) {
            detail = "Stopped with savepoint " + s.savepointPath().get();
        }
        return status(s, phase, state, detail);
    }

    /** The status from a jobs overview alone (no call of its own), for {@code list}. */
    StatementStatus fromOverview(StoredStatement s, Map<String, JobOverview> byJid) {
        if (s.kind() == StatementKind.DDL) {
            return ofDdl(s);
        }
        if (s.kind() == StatementKind.QUERY) {
            return ofQuery(s, false);
        }
        if (s.jobId().isEmpty()) {
            return ofUnsubmitted(s);
        }
        JobOverview job = byJid.get(s.jobId().get());
        if (job == null) {
            return gone(s, s.jobId().get());
        }
        return status(s, JobPhases.of(job, s.stopped()), job.state(), s.error().orElse(""));
    }

    private StatementStatus ofDdl(StoredStatement s) {
        return s.error().isPresent()
                ? status(s, StatementPhase.FAILED, "ERROR", s.error().get())
                : status(s, StatementPhase.COMPLETED, "FINISHED", "");
    }

    private StatementStatus ofUnsubmitted(StoredStatement s) {
        return s.error().isPresent()
                ? status(s, StatementPhase.FAILED, "ERROR", s.error().get())
                : status(s, StatementPhase.PENDING, "SUBMITTING", "The job is being submitted");
    }

    private StatementStatus ofQuery(StoredStatement s, boolean look) {
        if (s.error().isPresent()) {
            return status(s, StatementPhase.FAILED, "ERROR", s.error().get());
        }
        Optional<HeldOperations.Held> held = operations.get(s.name());
        if (held.isEmpty()) {
            return status(
                    s,
                    StatementPhase.UNKNOWN,
                    "",
                    "The query's gateway operation is no longer held by this adapter");
        }
        String word = held.get().lastStatus();
        if (look) {
            try {
                word = gateway.operationStatus(held.get().op());
                operations.seen(s.name(), held.get().op(), word);
            } catch (PlatformException e) {
                return status(s, StatementPhase.UNKNOWN, "", e.getMessage());
            }
        }
        if (word.equals("ERROR") && look) {
            HttpReply reply = gateway.fetchResultReply(held.get().op(), "0");
            String message = reply.ok() ? "The query failed" : reply.error().message();
            StoredStatement failed = settle(s, s.withError(message));
            return status(failed, StatementPhase.FAILED, word, message);
        }
        return status(s, JobPhases.ofOperation(word), word, "");
    }

    private StatementStatus gone(StoredStatement s, String jid) {
        return s.stopped()
                ? status(
                        s, StatementPhase.STOPPED, "", "Job " + jid + " ended and left the history")
                : status(s, StatementPhase.UNKNOWN, "", "The cluster does not know job " + jid);
    }

    /** Settles a stop-with-savepoint request that has ended: records its path, or its failure. */
    private StoredStatement resolveStop(StoredStatement s, String jid, String state) {
        Optional<SavepointState> trigger = jobs.savepoint(jid, s.savepointTriggerId().get());
        StoredStatement settled;
        if (trigger.isPresent() && trigger.get().inProgress()) {
            return s;
        } else if (trigger.isPresent() && trigger.get().location().isPresent()) {
            settled = s.withStopResolved(trigger.get().location(), true, Optional.empty());
        } else if (trigger.isPresent() && trigger.get().failure().isPresent()) {
            String message = trigger.get().failure().get().message();
            settled =
                    s.withStopResolved(
                            Optional.empty(),
                            JobPhases.isTerminalJob(state),
                            Optional.of("The stop with a savepoint failed: " + message));
        } else if (JobPhases.isTerminalJob(state)) {
            settled = s.withStopResolved(jobs.stopSavepoint(jid), true, Optional.empty());
        } else {
            return s; // the request is not visible yet
        }
        return settle(s, settled);
    }

    /** A job stopped with a savepoint by someone else: remember it as stopped, with the path. */
    private StoredStatement adoptOutsideStop(StoredStatement s, String jid) {
        Optional<String> path = jobs.stopSavepoint(jid);
        if (path.isEmpty()) {
            return s;
        }
        StoredStatement stopped =
                s.withStop(Optional.empty(), true).withStopResolved(path, true, Optional.empty());
        return settle(s, stopped);
    }

    /**
     * Records what a read learned, unless a write changed the statement since it was read (a
     * resume, a delete): reads run beside writes, and must not undo them.
     */
    private StoredStatement settle(StoredStatement read, StoredStatement learned) {
        writes.lock();
        try {
            if (store.find(read.name()).filter(read::equals).isPresent()) {
                store.update(learned);
                return learned;
            }
            return store.find(read.name()).orElse(learned);
        } finally {
            writes.unlock();
        }
    }

    private StatementStatus status(
            StoredStatement s, StatementPhase phase, String raw, String detail) {
        return new StatementStatus(
                s.name(),
                phase,
                raw,
                detail,
                s.jobId(),
                Optional.empty(),
                Optional.of(s.sqlHash()),
                s.labels(),
                Optional.of(s.createdAt()),
                clock.instant(),
                Optional.empty());
    }
}
