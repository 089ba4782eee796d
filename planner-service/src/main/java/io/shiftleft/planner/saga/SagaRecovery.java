package io.shiftleft.planner.saga;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Continues every running plan when the planner starts. Plans live in the database and each
 * transition commits with its messages, so this only starts steps that could start (for instance
 * when the parallelism limit grew); results of commands sent before the restart are read from Kafka
 * as usual.
 */
@Component
class SagaRecovery {

    private static final Logger log = LoggerFactory.getLogger(SagaRecovery.class);

    private final DeploymentSaga saga;

    SagaRecovery(DeploymentSaga saga) {
        this.saga = saga;
    }

    @EventListener(ApplicationReadyEvent.class)
    void continueRunningPlans() {
        var running = saga.runningPlans();
        if (!running.isEmpty()) {
            log.info("Continuing {} running plans: {}", running.size(), running);
        }
        for (String planId : running) {
            try {
                saga.continuePlan(planId);
            } catch (RuntimeException e) {
                log.error("Cannot continue plan {}; it stays as stored", planId, e);
            }
        }
    }
}
