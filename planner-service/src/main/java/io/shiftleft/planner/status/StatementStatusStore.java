package io.shiftleft.planner.status;

import java.util.List;
import java.util.Map;

/** Where the latest state of each statement is kept. */
public interface StatementStatusStore {

    /** Keeps each state, in order, unless a later one of the same statement is already kept. */
    void save(List<ObservedStatement> statements);

    /** Forgets a statement in every environment (the monitor saw it deleted). */
    void forget(String statementName);

    /** The known statements of an environment, by statement name. */
    Map<String, ObservedStatement> ofEnvironment(String environment);
}
