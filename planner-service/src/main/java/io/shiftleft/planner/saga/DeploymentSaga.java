package io.shiftleft.planner.saga;

import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.plan.DraftStep;
import io.shiftleft.planner.plan.PlanDraft;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs plans. Every method is one transaction: it locks the plan, applies one transition, and
 * stores the new state together with the commands and events the transition causes (through the
 * outbox), so a crash loses nothing and sends nothing twice that a consumer would not recognise.
 * Results are deduplicated by command id; unknown and late results are logged and ignored.
 */
@Service
public class DeploymentSaga {

    private static final Logger log = LoggerFactory.getLogger(DeploymentSaga.class);

    private final SagaStore store;
    private final SagaMessages messages;
    private final Environments environments;
    private final SagaSettings settings;
    private final Clock clock;

    DeploymentSaga(
            SagaStore store,
            SagaMessages messages,
            Environments environments,
            SagaSettings settings,
            Clock clock) {
        this.store = store;
        this.messages = messages;
        this.environments = environments;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores a new plan and starts it, unless it is a dry run or waits for approval.
     *
     * @param requestedMaxParallel the request's limit, or null for the environment's
     */
    @Transactional
    public SagaPlan start(
            String planId,
            String requestId,
            PlanDraft draft,
            Integer requestedMaxParallel,
            boolean dryRun) {
        EnvironmentSettings env = environments.require(draft.environment());
        Instant now = clock.instant();
        int maxParallel =
                requestedMaxParallel == null
                        ? env.maxParallel()
                        : Math.max(1, Math.min(requestedMaxParallel, env.maxParallel()));
        PlanStatus status =
                dryRun
                        ? PlanStatus.PREVIEW
                        : env.requireApproval() ? PlanStatus.WAITING_APPROVAL : PlanStatus.RUNNING;
        StepState waiting =
                status == PlanStatus.WAITING_APPROVAL
                        ? StepState.WAITING_APPROVAL
                        : StepState.PENDING;
        List<SagaStep> steps =
                draft.steps().stream()
                        .map(s -> newStep(s, s.acts() ? waiting : StepState.SKIPPED))
                        .toList();
        PlanHeader header =
                new PlanHeader(
                        planId,
                        requestId,
                        draft.kind(),
                        env.name(),
                        maxParallel,
                        env.failurePolicy(),
                        draft.startTable(),
                        draft.actingTables(),
                        draft.summary(),
                        now);
        SagaPlan plan = new SagaPlan(header, status, null, 1, steps);
        plan.created(now);
        store.create(plan, draft);
        send(plan, now);
        log.info(
                "Plan {} for request {}: {}, {}",
                planId,
                requestId,
                draft.summary(),
                plan.status());
        return plan;
    }

    /** Applies a command result; false when it was unknown, repeated or late (then ignored). */
    @Transactional
    public boolean onResult(ResultReceived result) {
        Optional<Emission> known = store.emission(result.commandId());
        if (known.isEmpty()) {
            log.warn(
                    "Result {} for command {} of plan {}: no such command was sent; ignored",
                    result.outcome(),
                    result.commandId(),
                    result.planId());
            return false;
        }
        SagaPlan plan = locked(known.get().planId());
        Emission sent = store.emission(result.commandId()).orElseThrow();
        if (sent.answered()) {
            log.info(
                    "Result {} for command {} of plan {}: already answered {}; ignored",
                    result.outcome(),
                    sent.commandId(),
                    sent.planId(),
                    sent.outcome());
            return false;
        }
        Instant now = clock.instant();
        store.answered(sent.commandId(), result, now);
        SagaStep step = plan.step(sent.stepIndex());
        boolean applied = plan.answered(step, sent, result, now);
        if (!applied) {
            log.info(
                    "Result {} for command {} of plan {} step {}: the step is {} now; ignored",
                    result.outcome(),
                    sent.commandId(),
                    sent.planId(),
                    step.tableName(),
                    step.state());
        }
        send(plan, now);
        store.update(plan, now);
        return applied;
    }

    /** Lets a plan that waits for approval run. */
    @Transactional
    public SagaPlan approve(String planId, String by) {
        SagaPlan plan = locked(planId);
        Instant now = clock.instant();
        plan.approve(by, now);
        return saved(plan, now);
    }

    /** Cancels a plan: nothing new is sent; commands in flight get their results recorded. */
    @Transactional
    public SagaPlan cancel(String planId, String by) {
        SagaPlan plan = locked(planId);
        Instant now = clock.instant();
        plan.cancel(by, now);
        return saved(plan, now);
    }

    /** Runs a failed plan again from its failed steps. */
    @Transactional
    public SagaPlan resume(String planId, String by) {
        SagaPlan plan = locked(planId);
        Instant now = clock.instant();
        plan.resume(by, now);
        return saved(plan, now);
    }

    /** Starts what a running plan can start (after a restart, or a change of its limits). */
    @Transactional
    public void continuePlan(String planId) {
        SagaPlan plan = locked(planId);
        Instant now = clock.instant();
        plan.advance(now);
        saved(plan, now);
    }

    /** Ids of the plans that run. */
    public List<String> runningPlans() {
        return store.plansIn(PlanStatus.RUNNING);
    }

    /** Commands whose result is overdue at {@code now}. */
    public List<Emission> overdue(Instant now, int limit) {
        return store.overdue(now, limit);
    }

    private SagaPlan saved(SagaPlan plan, Instant now) {
        send(plan, now);
        store.update(plan, now);
        return plan;
    }

    private SagaPlan locked(String planId) {
        return store.lock(planId)
                .orElseThrow(
                        () ->
                                new PlannerException(
                                        PlannerException.Reason.NOT_FOUND,
                                        "no plan with id '" + planId + "'"));
    }

    private void send(SagaPlan plan, Instant now) {
        PlanHeader header = plan.header();
        for (SagaEffect effect : plan.drainEffects()) {
            if (effect instanceof SagaEffect.Send s) {
                SagaStep step = s.step();
                SagaCommand command =
                        store.command(header.planId(), step.index(), step.nextCommand());
                String id =
                        Emission.commandId(
                                header.planId(), step.index(), step.nextCommand(), step.attempt());
                store.emitted(
                        new Emission(
                                id,
                                header.planId(),
                                step.index(),
                                step.nextCommand(),
                                step.attempt(),
                                now,
                                now.plus(settings.deadline()),
                                null));
                messages.command(header, step, command, id, settings.commandTimeout());
            } else if (effect instanceof SagaEffect.Publish p) {
                messages.event(header, p);
                log.info(
                        "Plan {}: {}{}{}",
                        header.planId(),
                        p.type(),
                        p.step() == null ? "" : " " + p.step().tableName(),
                        p.detail() == null ? "" : " (" + p.detail() + ")");
            }
        }
    }

    private static SagaStep newStep(DraftStep s, StepState state) {
        return new SagaStep(
                s.index(),
                s.tableName(),
                s.productName(),
                s.kind(),
                s.wave(),
                s.dependsOn(),
                s.commands().stream().map(c -> c.action()).toList(),
                state,
                0,
                1,
                null,
                null,
                null);
    }
}
