package io.shiftleft.deployer.platform;

import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Steps on running statements (domain §4.1, §4.5). RUN_DML keeps an identical statement that runs
 * (ALREADY_DONE) and replaces anything else; RESTART_DML stops and resumes a statement that runs
 * the same SQL, so it goes on from its offsets (Confluent Cloud keeps them, Apache Flink takes a
 * savepoint), and otherwise deletes and submits; STOP, RESUME and DELETE do what they say and
 * answer ALREADY_DONE when it is so already.
 */
final class JobSteps {

    private static final Set<StatementPhase> ACTIVE =
            Set.of(
                    StatementPhase.PENDING,
                    StatementPhase.RUNNING,
                    StatementPhase.DEGRADED,
                    StatementPhase.FAILING,
                    StatementPhase.STOPPING);

    private JobSteps() {}

    static StepResult runDml(Step step, StatementOps ops) {
        String name = step.statementName();
        String sql = step.sql().orElseThrow();
        Optional<StatementStatus> existing = ops.find(name);
        String note = "";
        if (existing.isPresent()) {
            StatementStatus s = existing.get();
            boolean same = StatementOps.sameSql(s, sql);
            if (same && s.phase() == StatementPhase.RUNNING) {
                return StepResult.of(
                        Outcome.ALREADY_DONE,
                        s,
                        "DML statement " + name + " is RUNNING the same SQL already" + job(s));
            }
            if (same && s.phase() == StatementPhase.PENDING) {
                return running(ops.await(name, StatementPhase.RUNNING), "");
            }
            ops.deleteIfPresent(name);
            note =
                    " (replaced the previous statement: "
                            + s.phase()
                            + (same ? ")" : ", other SQL)");
        }
        return start(name, sql, ops, note);
    }

    static StepResult restartDml(Step step, StatementOps ops) {
        String name = step.statementName();
        String sql = step.sql().orElseThrow();
        Optional<StatementStatus> existing = ops.find(name);
        if (existing.isEmpty()) {
            return start(name, sql, ops, " (there was no statement to restart)");
        }
        StatementStatus s = existing.get();
        boolean fromOffsets =
                !step.reserved(Step.RESTART_FROM_OFFSETS).orElse("true").equalsIgnoreCase("false")
                        && StatementOps.sameSql(s, sql);
        boolean resumable = ACTIVE.contains(s.phase()) || s.phase() == StatementPhase.STOPPED;
        if (fromOffsets && resumable) {
            if (s.phase() != StatementPhase.STOPPED) {
                ops.stop(name);
                ops.await(name, StatementPhase.STOPPED);
            }
            StatementStatus resumed = ops.resume(name);
            if (resumed.phase() == StatementPhase.FAILED) {
                return failed(resumed);
            }
            return running(
                    ops.await(name, StatementPhase.RUNNING),
                    " (stopped, resumed from its offsets)");
        }
        ops.deleteIfPresent(name);
        return start(
                name,
                sql,
                ops,
                " (deleted the previous statement: "
                        + s.phase()
                        + (fromOffsets ? "" : ", started from scratch")
                        + ")");
    }

    static StepResult stop(Step step, StatementOps ops) {
        String name = step.statementName();
        Optional<StatementStatus> existing = ops.find(name);
        if (existing.isEmpty()) {
            return missing(Outcome.FAILED, "There is no statement " + name + " to stop");
        }
        if (existing.get().phase() == StatementPhase.STOPPED) {
            return StepResult.of(
                    Outcome.ALREADY_DONE,
                    existing.get(),
                    "Statement " + name + " is STOPPED already");
        }
        ops.stop(name);
        StatementStatus stopped = ops.await(name, StatementPhase.STOPPED);
        return StepResult.of(
                Outcome.SUCCEEDED, stopped, "Statement " + name + " STOPPED" + detail(stopped));
    }

    static StepResult resume(Step step, StatementOps ops) {
        String name = step.statementName();
        Optional<StatementStatus> existing = ops.find(name);
        if (existing.isEmpty()) {
            return missing(Outcome.FAILED, "There is no statement " + name + " to resume");
        }
        if (existing.get().phase() == StatementPhase.RUNNING) {
            return StepResult.of(
                    Outcome.ALREADY_DONE,
                    existing.get(),
                    "Statement " + name + " is RUNNING already" + job(existing.get()));
        }
        StatementStatus resumed = ops.resume(name);
        if (resumed.phase() == StatementPhase.FAILED) {
            return failed(resumed);
        }
        return running(ops.await(name, StatementPhase.RUNNING), " (resumed)");
    }

    static StepResult delete(Step step, StatementOps ops) {
        String name = step.statementName();
        Optional<StatementStatus> existing = ops.find(name);
        if (existing.isEmpty()) {
            return missing(Outcome.ALREADY_DONE, "There is no statement " + name + " already");
        }
        ops.deleteIfPresent(name);
        return new StepResult(
                Outcome.SUCCEEDED,
                StepResult.MISSING,
                "Deleted statement " + name + " (it was " + existing.get().phase() + ")",
                existing.get().platformId());
    }

    private static StepResult start(String name, String sql, StatementOps ops, String note) {
        StatementStatus submitted = ops.submit(name, sql);
        if (submitted.phase() == StatementPhase.FAILED) {
            return failed(submitted);
        }
        return running(ops.await(name, StatementPhase.RUNNING), note);
    }

    private static StepResult running(StatementStatus status, String note) {
        return StepResult.of(
                Outcome.SUCCEEDED,
                status,
                "Statement " + status.name() + " is RUNNING" + job(status) + note);
    }

    private static StepResult failed(StatementStatus status) {
        return StepResult.of(
                Outcome.FAILED,
                status,
                "Statement " + status.name() + " FAILED: " + status.detail());
    }

    private static StepResult missing(Outcome outcome, String detail) {
        return new StepResult(outcome, StepResult.MISSING, detail, Optional.empty());
    }

    private static String job(StatementStatus status) {
        return status.platformId().map(id -> " as " + id).orElse("");
    }

    private static String detail(StatementStatus status) {
        return status.detail().isEmpty() ? "" : ": " + status.detail();
    }
}
