package io.shiftleft.planner.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides and records each request exactly once, then publishes the answer. A redelivered request
 * finds its recorded outcome, and the answer is published again (consumers deduplicate by event
 * id), so a crash between recording and publishing loses nothing.
 */
@Service
public class RequestIntake {

    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

    private final RequestStore store;
    private final DeploymentEventPort events;
    private final TransactionTemplate transactions;

    RequestIntake(
            RequestStore store, DeploymentEventPort events, TransactionTemplate transactions) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
    }

    /** Handles one request and returns what was decided. */
    public IntakeOutcome accept(IncomingRequest request) {
        IntakeOutcome outcome = transactions.execute(status -> decideOnce(request));
        events.publish(outcome);
        return outcome;
    }

    private IntakeOutcome decideOnce(IncomingRequest request) {
        return store.find(request.requestId())
                .map(
                        previous -> {
                            log.info(
                                    "Request {} was already {}; answering again",
                                    request.requestId(),
                                    previous.accepted() ? "accepted" : "rejected");
                            return new IntakeOutcome(
                                    previous.request(),
                                    previous.accepted(),
                                    previous.reason(),
                                    true);
                        })
                .orElseGet(
                        () -> {
                            IntakeOutcome decided = decide(request);
                            store.record(decided);
                            log.info(
                                    "Request {} ({} in {}) {}",
                                    request.requestId(),
                                    request.kind(),
                                    request.environment(),
                                    decided.accepted()
                                            ? "accepted"
                                            : "rejected: " + decided.reason());
                            return decided;
                        });
    }

    private static IntakeOutcome decide(IncomingRequest request) {
        if (request.environment().isBlank()) {
            return new IntakeOutcome(request, false, "field 'environment' is empty", false);
        }
        if (!request.hasScope()) {
            return new IntakeOutcome(
                    request,
                    false,
                    "the request names no target: set 'tables', 'product' or 'directory'",
                    false);
        }
        return new IntakeOutcome(request, true, null, false);
    }
}
