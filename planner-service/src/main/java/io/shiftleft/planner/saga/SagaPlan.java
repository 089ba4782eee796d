package io.shiftleft.planner.saga;

import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.FailurePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A stored plan and its steps while one transaction changes them. Every transition records the
 * messages it causes as {@link SagaEffect}s, which the saga sends through the outbox in the same
 * transaction. Pure: no I/O, the time is passed in.
 */
public final class SagaPlan {

    private final PlanHeader header;
    private final List<SagaStep> steps;
    private final List<SagaEffect> effects = new ArrayList<>();
    private PlanStatus status;
    private String detail;
    private int runs;

    /** A plan as stored. */
    public SagaPlan(
            PlanHeader header, PlanStatus status, String detail, int runs, List<SagaStep> steps) {
        this.header = Objects.requireNonNull(header, "header");
        this.status = Objects.requireNonNull(status, "status");
        this.detail = detail;
        this.runs = runs;
        this.steps = List.copyOf(steps);
    }

    /** Announces a new plan and, unless it waits (dry run, approval), starts it. */
    void created(Instant now) {
        effects.add(
                new SagaEffect.Publish(PlanEventType.PLAN_CREATED, null, detailOrSummary(), null));
        if (status == PlanStatus.RUNNING) {
            begin("started", now);
        }
    }

    void approve(String by, Instant now) {
        require(status == PlanStatus.WAITING_APPROVAL, "approve");
        for (SagaStep s : steps) {
            if (s.state() == StepState.WAITING_APPROVAL) {
                s.moveTo(StepState.PENDING, null, now);
            }
        }
        effects.add(
                new SagaEffect.Publish(
                        PlanEventType.PLAN_APPROVED, null, "approved by " + by, null));
        begin("approved by " + by, now);
    }

    /** Cancels the plan; false when it already was. Commands in flight get their results. */
    boolean cancel(String by, Instant now) {
        if (status == PlanStatus.CANCELLED) {
            return false;
        }
        require(status == PlanStatus.RUNNING || status == PlanStatus.WAITING_APPROVAL, "cancel");
        for (SagaStep s : steps) {
            if (s.state().open() && s.state() != StepState.RUNNING) {
                s.moveTo(StepState.CANCELLED, "cancelled by " + by, now);
            }
        }
        status = PlanStatus.CANCELLED;
        detail = "cancelled by " + by;
        effects.add(new SagaEffect.Publish(PlanEventType.DEPLOYMENT_CANCELLED, null, detail, null));
        return true;
    }

    /** Runs a failed plan again: its failed steps from the command that failed, then the rest. */
    void resume(String by, Instant now) {
        require(status == PlanStatus.FAILED, "resume");
        List<String> retried = new ArrayList<>();
        for (SagaStep s : steps) {
            if (s.state() == StepState.FAILED) {
                s.retry();
                retried.add(s.tableName());
                s.moveTo(StepState.PENDING, null, now);
            } else if (s.state() == StepState.BLOCKED) {
                s.moveTo(StepState.PENDING, null, now);
            }
        }
        runs++;
        begin("resumed by " + by + " (run " + runs + "), retrying " + retried, now);
    }

    /**
     * Applies a command's result; false when it is stale (the step moved on since the command was
     * sent), and nothing changes. The plan does not advance here: the caller calls {@link #advance}
     * once after applying every result it has, so one decision starts the next steps.
     */
    boolean answered(SagaStep step, Emission sent, ResultReceived result, Instant now) {
        if (step.state() != StepState.RUNNING
                || step.attempt() != sent.attempt()
                || step.nextCommand() != sent.commandIndex()) {
            return false;
        }
        if (result.outcome().success()) {
            step.commandDone();
            if (!step.hasMoreCommands()) {
                step.moveTo(StepState.SUCCEEDED, null, now);
                effects.add(
                        new SagaEffect.Publish(
                                PlanEventType.STEP_SUCCEEDED, step, null, result.commandId()));
            } else if (status == PlanStatus.CANCELLED) {
                step.moveTo(StepState.CANCELLED, "cancelled before " + step.currentAction(), now);
            } else {
                effects.add(new SagaEffect.Send(step));
            }
        } else {
            String why =
                    step.currentAction()
                            + " "
                            + result.outcome()
                            + (result.detail() == null ? "" : ": " + result.detail());
            step.moveTo(StepState.FAILED, why, now);
            effects.add(
                    new SagaEffect.Publish(
                            PlanEventType.STEP_FAILED, step, why, result.commandId()));
        }
        return true;
    }

    /** Unblocks, blocks and starts steps, and ends the plan when nothing is left to run. */
    void advance(Instant now) {
        if (status != PlanStatus.RUNNING) {
            return;
        }
        for (SagaStep s : steps) {
            if (s.state() != StepState.PENDING) {
                continue;
            }
            SagaStep broken =
                    s.dependsOn().stream()
                            .map(steps::get)
                            .filter(d -> d.state().broken())
                            .findFirst()
                            .orElse(null);
            if (broken != null) {
                s.moveTo(
                        StepState.BLOCKED,
                        "not started: it waits for "
                                + broken.tableName()
                                + ", which "
                                + broken.state(),
                        now);
            } else if (s.dependsOn().stream().allMatch(d -> steps.get(d).state().done())) {
                s.moveTo(StepState.READY, null, now);
            }
        }
        stopAllAfterFailure(now);
        long running = steps.stream().filter(s -> s.state() == StepState.RUNNING).count();
        List<SagaStep> ready =
                steps.stream()
                        .filter(s -> s.state() == StepState.READY)
                        .sorted(
                                Comparator.comparingInt(SagaStep::wave)
                                        .thenComparingInt(SagaStep::index))
                        .toList();
        for (SagaStep s : ready) {
            if (running >= header.maxParallel()) {
                break;
            }
            s.moveTo(StepState.RUNNING, null, now);
            effects.add(new SagaEffect.Publish(PlanEventType.STEP_STARTED, s, null, null));
            effects.add(new SagaEffect.Send(s));
            running++;
        }
        if (steps.stream().noneMatch(s -> s.state().open())) {
            finish();
        }
    }

    private void stopAllAfterFailure(Instant now) {
        if (header.failurePolicy() != FailurePolicy.STOP_ALL) {
            return;
        }
        steps.stream()
                .filter(s -> s.state() == StepState.FAILED)
                .findFirst()
                .ifPresent(
                        failed -> {
                            for (SagaStep s : steps) {
                                if (s.state() == StepState.PENDING
                                        || s.state() == StepState.READY) {
                                    s.moveTo(
                                            StepState.BLOCKED,
                                            "not started: step "
                                                    + failed.tableName()
                                                    + " failed and the failure policy is stop-all",
                                            now);
                                }
                            }
                        });
    }

    private void finish() {
        List<SagaStep> failed = steps.stream().filter(s -> s.state() == StepState.FAILED).toList();
        long blocked = steps.stream().filter(s -> s.state() == StepState.BLOCKED).count();
        if (failed.isEmpty() && blocked == 0) {
            status = PlanStatus.SUCCEEDED;
            detail = null;
            effects.add(
                    new SagaEffect.Publish(PlanEventType.DEPLOYMENT_SUCCEEDED, null, null, null));
        } else {
            status = PlanStatus.FAILED;
            detail =
                    "failed: "
                            + failed.stream()
                                    .map(SagaStep::tableName)
                                    .collect(Collectors.joining(", "))
                            + "; not started: "
                            + blocked;
            effects.add(
                    new SagaEffect.Publish(PlanEventType.DEPLOYMENT_FAILED, null, detail, null));
        }
    }

    private void begin(String why, Instant now) {
        status = PlanStatus.RUNNING;
        detail = null;
        effects.add(new SagaEffect.Publish(PlanEventType.DEPLOYMENT_STARTED, null, why, null));
        advance(now);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new PlannerException(
                    PlannerException.Reason.WRONG_STATE,
                    "plan " + header.planId() + " is " + status + ", so it cannot " + action);
        }
    }

    private String detailOrSummary() {
        return status == PlanStatus.PREVIEW
                ? header.summary() + "; dry run: nothing will be deployed"
                : status == PlanStatus.WAITING_APPROVAL
                        ? header.summary() + "; waiting for approval"
                        : header.summary();
    }

    /** The effects recorded since the last call, in order. */
    List<SagaEffect> drainEffects() {
        List<SagaEffect> drained = List.copyOf(effects);
        effects.clear();
        return drained;
    }

    public PlanHeader header() {
        return header;
    }

    public PlanStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public int runs() {
        return runs;
    }

    public List<SagaStep> steps() {
        return steps;
    }

    public SagaStep step(int index) {
        return steps.get(index);
    }
}
