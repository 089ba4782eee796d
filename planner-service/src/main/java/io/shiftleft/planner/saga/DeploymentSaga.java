package io.shiftleft.planner.saga;

import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.plan.DraftStep;
import io.shiftleft.planner.plan.PlanDraft;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs plans. Every method is one transaction: it locks the plan, applies one transition, and
 * stores the new state together with the commands and events the transition causes (through the
 * outbox), so a crash loses nothing and sends nothing twice that a consumer would not recognise.
 * Command results are applied by {@link SagaResults}.
 */
@Service
public class DeploymentSaga {

    private static final Logger log = LoggerFactory.getLogger(DeploymentSaga.class);

    private final SagaStore store;
    private final EffectSender effects;
    private final Environments environments;
    private final Clock clock;

    DeploymentSaga(SagaStore store, EffectSender effects, Environments environments, Clock clock) {
        this.store = store;
        this.effects = effects;
        this.environments = environments;
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
        effects.send(plan, now);
        log.info(
                "Plan {} for request {}: {}, {}",
                planId,
                requestId,
                draft.summary(),
                plan.status());
        return plan;
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
        effects.send(plan, now);
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
