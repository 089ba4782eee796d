package io.shiftleft.deployer.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Picks up, once the deployer is ready, the commands a previous run left RECEIVED or ACTING (a
 * crash, a shutdown mid-way). Acting again is safe: every platform call is idempotent by statement
 * name and SQL hash, so a statement the previous run started is found, not started twice.
 */
@Component
class CommandRecovery {

    private static final Logger log = LoggerFactory.getLogger(CommandRecovery.class);

    private final CommandExecution execution;

    CommandRecovery(CommandExecution execution) {
        this.execution = execution;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        int queued = execution.resumeUnfinished();
        if (queued > 0) {
            log.info("Resumed {} unfinished command(s)", queued);
        }
    }
}
