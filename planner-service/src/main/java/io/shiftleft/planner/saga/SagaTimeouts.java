package io.shiftleft.planner.saga;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fails the step of every command whose result is overdue (the deployer's timeout plus a margin)
 * with TIMED_OUT. The command is not sent again: the deployer may still be executing it, and a
 * second command with a new id could run the statement twice; resuming the plan is the explicit
 * retry. A result that arrives later is recognised as answered and ignored. The overdue commands
 * found in one check are failed in one transaction.
 */
@Component
public class SagaTimeouts {

    private static final Logger log = LoggerFactory.getLogger(SagaTimeouts.class);
    private static final int BATCH = 100;

    private final DeploymentSaga saga;
    private final SagaResults results;
    private final Clock clock;

    SagaTimeouts(DeploymentSaga saga, SagaResults results, Clock clock) {
        this.saga = saga;
        this.results = results;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${planner.saga.timeout-check-interval:5s}",
            initialDelayString = "${planner.saga.timeout-check-interval:5s}")
    void check() {
        expireOverdue(clock.instant());
    }

    /**
     * Fails the steps of the commands overdue at {@code now}.
     *
     * @return how many commands were expired
     */
    public int expireOverdue(Instant now) {
        List<ResultReceived> timedOut = new ArrayList<>();
        for (Emission e : saga.overdue(now, BATCH)) {
            log.warn(
                    "Command {} of plan {} (step {}, command {}) had no result by {}; failing it",
                    e.commandId(),
                    e.planId(),
                    e.stepIndex(),
                    e.commandIndex(),
                    e.deadline());
            timedOut.add(
                    new ResultReceived(
                            e.commandId(),
                            e.planId(),
                            ResultOutcome.TIMED_OUT,
                            null,
                            "no result from the deployer between "
                                    + e.emittedAt()
                                    + " and the deadline "
                                    + e.deadline()));
        }
        return results.apply(timedOut);
    }
}
