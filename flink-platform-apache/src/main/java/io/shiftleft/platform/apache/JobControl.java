package io.shiftleft.platform.apache;

import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Stops, resumes and deletes statements. A stop with a savepoint is a JobManager stop request under
 * our own trigger id, recorded in the store before it is sent; its savepoint path is recorded when
 * a later read sees it done. A resume is a new job of the stored SQL from that savepoint. A delete
 * cancels a job that still runs, waits for it to end, and forgets the statement.
 */
final class JobControl {

    private final StatementStore store;
    private final JobManagerClient jobs;
    private final GatewaySession session;
    private final HeldOperations operations;
    private final StatusReader reader;
    private final Submitter submitter;
    private final PhasePoller waiter;
    private final ApacheFlinkSettings settings;
    private final RandomGenerator random = RandomGenerator.getDefault();

    JobControl(
            StatementStore store,
            JobManagerClient jobs,
            GatewaySession session,
            HeldOperations operations,
            StatusReader reader,
            Submitter submitter,
            PhasePoller waiter,
            ApacheFlinkSettings settings) {
        this.store = store;
        this.jobs = jobs;
        this.session = session;
        this.operations = operations;
        this.reader = reader;
        this.submitter = submitter;
        this.waiter = waiter;
        this.settings = settings;
    }

    StatementStatus stop(String name, StopMode mode) {
        StoredStatement s = dml(name, "stop");
        if (s.jobId().isEmpty()) {
            return reader.read(s);
        }
        String jid = s.jobId().get();
        Optional<String> state = jobs.status(jid);
        if (state.isEmpty() || JobPhases.isTerminalJob(state.get())) {
            if (!s.stopped()) {
                store.update(s.withStop(Optional.empty(), true));
            }
            return reader.read(store.find(name).orElse(s));
        }
        if (s.stopped()) {
            return reader.read(s); // a stop is under way already
        }
        if (mode == StopMode.SAVEPOINT) {
            awaitTasksUp(name, jid);
            String trigger = HexFormat.of().formatHex(randomBytes());
            store.update(s.withStop(Optional.of(trigger), true));
            try {
                jobs.stopWithSavepoint(name, jid, settings.savepointDirectory(), trigger);
            } catch (PlatformException e) {
                store.update(s); // Flink refused: the statement was never stopping
                throw e;
            }
        } else {
            store.update(s.withStop(Optional.empty(), false));
            jobs.cancel(jid);
        }
        return reader.read(store.find(name).orElse(s));
    }

    StatementStatus resume(String name, ResumeOptions options) {
        if (options.computePoolId().isPresent() || options.principal().isPresent()) {
            throw new PlatformException(
                    PlatformException.Reason.UNSUPPORTED,
                    name,
                    "Apache Flink has no compute pools or principals; resume without them");
        }
        StoredStatement s = dml(name, "resume");
        StatementStatus now = reader.read(s);
        switch (now.phase()) {
            case RUNNING, PENDING, DEGRADED, FAILING:
                return now;
            case STOPPING:
                throw new PlatformException(
                        PlatformException.Reason.CONFLICT,
                        name,
                        "The statement is still stopping; wait for STOPPED, then resume");
            default:
                break;
        }
        StoredStatement current = store.find(name).orElse(s);
        if (current.jobId().isPresent()) {
            Optional<String> state = jobs.status(current.jobId().get());
            if (state.isPresent() && !JobPhases.isTerminalJob(state.get())) {
                throw new PlatformException(
                        PlatformException.Reason.CONFLICT,
                        name,
                        "Job "
                                + current.jobId().get()
                                + " is still "
                                + state.get()
                                + "; a resume would run the statement twice");
            }
        }
        return submitter.startJob(current, current.savepointPath());
    }

    void delete(String name) {
        Optional<StoredStatement> found = store.find(name);
        if (found.isEmpty()) {
            return;
        }
        StoredStatement s = found.get();
        operations.release(name).ifPresent(held -> session.closeQuietly(held.op()));
        if (s.jobId().isPresent()) {
            String jid = s.jobId().get();
            Optional<String> state = jobs.status(jid);
            if (state.isPresent() && !JobPhases.isTerminalJob(state.get())) {
                jobs.cancel(jid);
                waiter.until(
                        name,
                        "job " + jid + " to end after its cancellation",
                        settings.deleteTimeout(),
                        () -> jobs.status(jid),
                        st -> st.isEmpty() || JobPhases.isTerminalJob(st.get()),
                        Waits::describe);
            }
        }
        store.delete(name);
        if (s.kind() == StatementKind.DDL) {
            session.reset(); // the catalog follows the store: the next session goes without it
        }
    }

    /** A savepoint needs every task running: wait for a job that is still deploying them. */
    private void awaitTasksUp(String name, String jid) {
        waiter.until(
                name,
                "the tasks of job " + jid + " to run before its savepoint",
                settings.operationTimeout(),
                () -> jobs.job(jid),
                job -> job.isEmpty() || !job.get().state().equals("RUNNING") || job.get().tasksUp(),
                Waits::describe);
    }

    private StoredStatement dml(String name, String action) {
        StoredStatement s =
                store.find(name)
                        .orElseThrow(
                                () ->
                                        new PlatformException(
                                                PlatformException.Reason.NOT_FOUND,
                                                name,
                                                "No statement of that name to " + action));
        if (s.kind() != StatementKind.DML) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_REQUEST,
                    name,
                    "Only a DML statement has a job to " + action + "; this one is " + s.kind());
        }
        return s;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
