package io.shiftleft.planner.status;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Records reports and deletions in one transaction, in the order given. A report older than the
     * one kept changes nothing; a deletion forgets the statement.
     */
    @Transactional
    public void apply(List<StatusChange> changes) {
        List<ObservedStatement> observed = new ArrayList<>();
        for (StatusChange change : changes) {
            if (change instanceof StatusChange.Observed o) {
                observed.add(o.statement());
                log.debug(
                        "Statement {} in {} is {}",
                        o.statement().statementName(),
                        o.statement().environment(),
                        o.statement().phase());
            } else if (change instanceof StatusChange.Deleted d) {
                save(observed);
                store.forget(d.statementName());
                log.debug("Statement {} is gone", d.statementName());
            }
        }
        save(observed);
    }

    /** The known statements of an environment, by statement name. */
    public Map<String, ObservedStatement> ofEnvironment(String environment) {
        return store.ofEnvironment(environment);
    }

    private void save(List<ObservedStatement> observed) {
        if (!observed.isEmpty()) {
            store.save(observed);
            observed.clear();
        }
    }
}
