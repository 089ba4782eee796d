package io.shiftleft.planner.request;

import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.plan.PlanDraft;
import io.shiftleft.planner.plan.PlanKind;
import io.shiftleft.planner.plan.PlanRequest;
import io.shiftleft.planner.plan.Planning;
import io.shiftleft.planner.saga.DeploymentSaga;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides each request exactly once: it is checked and planned (outside any transaction: a scan may
 * take a while), then in one transaction the outcome is recorded, answered through the outbox and,
 * when accepted, its plan stored and started. A redelivered request finds its recorded outcome; it
 * is answered again with the same event id and planned no second time.
 */
@Service
public class RequestIntake {

    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

    private final RequestStore store;
    private final RequestAnswers answers;
    private final Planning planning;
    private final DeploymentSaga saga;
    private final TransactionTemplate transactions;

    RequestIntake(
            RequestStore store,
            RequestAnswers answers,
            Planning planning,
            DeploymentSaga saga,
            TransactionTemplate transactions) {
        this.store = store;
        this.answers = answers;
        this.planning = planning;
        this.saga = saga;
        this.transactions = transactions;
    }

    /** Handles a request from Kafka: a bad one is recorded and answered REQUEST_REJECTED. */
    public IntakeOutcome accept(IncomingRequest request) {
        return handle(request, false);
    }

    /**
     * Handles a request from REST.
     *
     * @throws PlannerException for a bad request, which is then neither recorded nor answered
     */
    public IntakeOutcome submit(IncomingRequest request) {
        return handle(request, true);
    }

    /**
     * The plan a request would get, computed and returned only: nothing is stored or sent.
     *
     * @throws PlannerException for a bad request
     */
    public PlanDraft preview(IncomingRequest request) {
        check(request);
        return planning.plan(planRequest(request));
    }

    /** The recorded outcome of a request. */
    public Optional<IntakeOutcome> find(String requestId) {
        return store.find(requestId);
    }

    private IntakeOutcome handle(IncomingRequest request, boolean throwOnReject) {
        Optional<IntakeOutcome> previous = store.find(request.requestId());
        if (previous.isPresent()) {
            return repeated(previous.get().asRepeat(), throwOnReject);
        }
        PlanDraft draft;
        try {
            check(request);
            draft = planning.plan(planRequest(request));
        } catch (PlannerException e) {
            if (throwOnReject) {
                throw e;
            }
            IntakeOutcome rejected = new IntakeOutcome(request, false, e.getMessage(), null, false);
            transactions.executeWithoutResult(
                    status -> {
                        store.record(rejected);
                        answers.answer(rejected);
                    });
            log.info(
                    "Request {} ({} in {}) rejected: {}",
                    request.requestId(),
                    request.kind(),
                    request.environment(),
                    e.getMessage());
            return rejected;
        }
        String planId = planIdOf(request.requestId());
        IntakeOutcome accepted = new IntakeOutcome(request, true, null, planId, false);
        transactions.executeWithoutResult(
                status -> {
                    store.record(accepted);
                    answers.answer(accepted);
                    saga.start(
                            planId,
                            request.requestId(),
                            draft,
                            request.options().maxParallel(),
                            request.options().dryRun());
                });
        log.info(
                "Request {} ({} in {}) accepted: plan {}",
                request.requestId(),
                request.kind(),
                request.environment(),
                planId);
        return accepted;
    }

    private IntakeOutcome repeated(IntakeOutcome repeat, boolean throwOnReject) {
        String requestId = repeat.request().requestId();
        log.info(
                "Request {} was already {}; answering again",
                requestId,
                repeat.accepted() ? "accepted" : "rejected");
        if (throwOnReject) {
            if (!repeat.accepted()) {
                throw new PlannerException(
                        PlannerException.Reason.INVALID_REQUEST,
                        "request '" + requestId + "' was already rejected: " + repeat.reason());
            }
            return repeat;
        }
        transactions.executeWithoutResult(status -> answers.answer(repeat));
        return repeat;
    }

    private static void check(IncomingRequest request) {
        if (request.environment().isBlank()) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST, "field 'environment' is empty");
        }
        RequestOptions o = request.options();
        if (o.maxParallel() != null && o.maxParallel() < 1) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST,
                    "'maxParallel' is " + o.maxParallel() + "; it must be at least 1");
        }
        if (o.version() != null && !o.version().isBlank()) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST,
                    "'version' asks for version '"
                            + o.version()
                            + "', but the planner deploys the project folder as it is; leave"
                            + " 'version' empty");
        }
    }

    private static PlanRequest planRequest(IncomingRequest r) {
        RequestOptions o = r.options();
        return new PlanRequest(
                r.kind() == RequestKind.UNDEPLOY ? PlanKind.UNDEPLOY : PlanKind.DEPLOY,
                r.environment(),
                r.tables(),
                r.product(),
                r.directory(),
                o.excludeTables(),
                o.forceAncestors(),
                o.mayStartDescendants(),
                o.crossProductDeployment(),
                o.dmlOnly(),
                o.computePoolId(),
                o.dropTables());
    }

    /** The plan of a request: one per request id, whichever instance plans it. */
    static String planIdOf(String requestId) {
        return UUID.nameUUIDFromBytes(("plan/" + requestId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
