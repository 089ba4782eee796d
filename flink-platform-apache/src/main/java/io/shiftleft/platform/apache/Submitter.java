package io.shiftleft.platform.apache;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Submits statements and starts jobs: recognises a statement submitted before (same name, same SQL
 * hash: nothing new starts), refuses other SQL under the name of a statement that still runs, and
 * refuses a name a job of the cluster already runs under without the store knowing it.
 */
final class Submitter {

    private final StatementStore store;
    private final GatewaySession session;
    private final JobManagerClient jobs;
    private final HeldOperations operations;
    private final StatusReader reader;
    private final Clock clock;
    private Instant lastCreated = Instant.EPOCH;

    Submitter(
            StatementStore store,
            GatewaySession session,
            JobManagerClient jobs,
            HeldOperations operations,
            StatusReader reader,
            Clock clock) {
        this.store = store;
        this.session = session;
        this.jobs = jobs;
        this.operations = operations;
        this.reader = reader;
        this.clock = clock;
    }

    /** Submits (callers hold the adapter's write lock and checked the name). */
    StatementStatus submit(StatementSpec spec) {
        String name = spec.name();
        if (spec.computePoolId().isPresent() || spec.principal().isPresent()) {
            throw new PlatformException(
                    PlatformException.Reason.UNSUPPORTED,
                    name,
                    "Apache Flink has no compute pools or principals; submit without them");
        }
        StatementKind kind = StatementKind.of(spec.sql());
        if (spec.restoreFrom().isPresent() && kind != StatementKind.DML) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_REQUEST,
                    name,
                    "restoreFrom (a savepoint path) only applies to DML; this statement is "
                            + kind);
        }
        Optional<StoredStatement> existing = store.find(name);
        if (existing.isPresent()) {
            return again(existing.get(), spec, kind);
        }
        Optional<JobOverview> foreign =
                kind == StatementKind.DDL ? Optional.empty() : activeJobNamed(name);
        if (foreign.isPresent()) {
            throw new PlatformException(
                    PlatformException.Reason.CONFLICT,
                    name,
                    "Job "
                            + foreign.get().jid()
                            + " runs under this name ("
                            + foreign.get().state()
                            + ") but the statement store does not know it; cancel that job first");
        }
        StoredStatement fresh =
                StoredStatement.submitted(
                        name,
                        spec.sql(),
                        spec.sqlHash(),
                        kind,
                        spec.properties(),
                        spec.labels(),
                        nextCreatedAt());
        return start(fresh, spec.restoreFrom(), true);
    }

    /** Runs a stored DML again as a new job, from the savepoint when given. */
    StatementStatus startJob(StoredStatement s, Optional<String> savepoint) {
        Map<String, String> config = new HashMap<>(s.properties());
        config.put("pipeline.name", s.name());
        savepoint.ifPresent(path -> config.put("execution.savepoint.path", path));
        GatewaySession.Outcome outcome = session.run(s.name(), s.sql(), config, true);
        hold(s.name(), outcome);
        StoredStatement next;
        if (outcome.error().isPresent()) {
            next = s.withError(outcome.error().get().message());
        } else if (outcome.jobId().isEmpty()) {
            next = s.withError("The gateway finished the statement without a job id");
        } else {
            next = s.withJob(outcome.jobId().get());
        }
        store.update(next);
        return reader.read(next);
    }

    private StatementStatus again(StoredStatement s, StatementSpec spec, StatementKind kind) {
        if (s.sqlHash().equals(spec.sqlHash())) {
            boolean interrupted =
                    s.kind() == StatementKind.DML && s.jobId().isEmpty() && s.error().isEmpty();
            return interrupted ? finishInterrupted(s, spec) : reader.read(s);
        }
        StatementStatus now = reader.read(s);
        if (!now.phase().isTerminal()) {
            throw new PlatformException(
                    PlatformException.Reason.CONFLICT,
                    s.name(),
                    "The statement runs other SQL (it is "
                            + now.phase()
                            + ", SQL hash "
                            + s.sqlHash()
                            + "); stop or delete it before submitting new SQL under its name");
        }
        operations.release(s.name()).ifPresent(held -> session.closeQuietly(held.op()));
        StoredStatement replacement =
                StoredStatement.submitted(
                        s.name(),
                        spec.sql(),
                        spec.sqlHash(),
                        kind,
                        spec.properties(),
                        spec.labels(),
                        s.createdAt());
        if (s.kind() == StatementKind.DDL || kind == StatementKind.DDL) {
            // The catalog must follow the store: rebuild it with the replacement in its place.
            store.update(replacement);
            session.reset();
            if (kind == StatementKind.DDL) {
                session.replay();
                return reader.read(store.find(s.name()).orElse(replacement));
            }
        }
        return start(replacement, spec.restoreFrom(), false);
    }

    /** A DML whose earlier submission was cut off: adopt its job if it started, else run it. */
    private StatementStatus finishInterrupted(StoredStatement s, StatementSpec spec) {
        Optional<JobOverview> job = activeJobNamed(s.name());
        if (job.isPresent()) {
            StoredStatement adopted = s.withJob(job.get().jid());
            store.update(adopted);
            return reader.read(adopted);
        }
        return startJob(s, spec.restoreFrom());
    }

    private StatementStatus start(StoredStatement s, Optional<String> restoreFrom, boolean isNew) {
        if (s.kind() == StatementKind.DDL) {
            GatewaySession.Outcome outcome = session.run(s.name(), s.sql(), s.properties(), true);
            hold(s.name(), outcome);
            StoredStatement done = outcome.error().map(e -> s.withError(e.message())).orElse(s);
            save(done, isNew);
            return reader.read(done);
        }
        save(s, isNew);
        if (s.kind() == StatementKind.DML) {
            return startJob(s, restoreFrom);
        }
        Map<String, String> config = new HashMap<>(s.properties());
        config.put("pipeline.name", s.name());
        GatewaySession.Outcome outcome = session.run(s.name(), s.sql(), config, false);
        hold(s.name(), outcome);
        StoredStatement query = outcome.error().map(e -> s.withError(e.message())).orElse(s);
        store.update(query);
        return reader.read(query);
    }

    private void save(StoredStatement s, boolean isNew) {
        boolean saved = isNew ? store.insert(s) : store.update(s);
        if (!saved) {
            throw new PlatformException(
                    PlatformException.Reason.CONFLICT,
                    s.name(),
                    "The statement store changed under this submit (another writer?); try again");
        }
    }

    private void hold(String name, GatewaySession.Outcome outcome) {
        operations
                .hold(name, outcome.op(), outcome.status())
                .ifPresent(old -> session.closeQuietly(old.op()));
    }

    /** The newest job of that name that has not ended, if any. */
    private Optional<JobOverview> activeJobNamed(String name) {
        return jobs.overview().stream()
                .filter(j -> j.name().equals(name) && !JobPhases.isTerminalJob(j.state()))
                .max(Comparator.comparingLong(JobOverview::startTime));
    }

    private synchronized Instant nextCreatedAt() {
        Instant now = clock.instant();
        lastCreated = now.isAfter(lastCreated) ? now : lastCreated.plusNanos(1_000);
        return lastCreated;
    }
}
