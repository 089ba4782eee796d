package io.shiftleft.planner.status;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records what the monitor reports and answers what runs in an environment. */
@Service
public class StatementStatuses {

    private static final Logger log = LoggerFactory.getLogger(StatementStatuses.class);

    private final StatementStatusStore store;

    StatementStatuses(StatementStatusStore store) {
        this.store = store;
    }

    /** Records one report; an older report than the one kept changes nothing. */
    @Transactional
    public void observed(ObservedStatement statement) {
        store.save(statement);
        log.debug(
                "Statement {} in {} is {}",
                statement.statementName(),
                statement.environment(),
                statement.phase());
    }

    /** Forgets a statement: a tombstone on the compacted topic means it no longer exists. */
    @Transactional
    public void deleted(String statementName) {
        store.forget(statementName);
        log.debug("Statement {} is gone", statementName);
    }

    /** The known statements of an environment, by statement name. */
    public Map<String, ObservedStatement> ofEnvironment(String environment) {
        return store.ofEnvironment(environment);
    }
}
