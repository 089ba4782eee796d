package io.shiftleft.planner.saga;

import io.shiftleft.planner.PlannerException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Answers questions about stored plans and the history of tables. */
@Service
public class PlanQueries {

    private static final int HISTORY_LIMIT = 200;

    private final PlanReader reader;

    PlanQueries(PlanReader reader) {
        this.reader = reader;
    }

    /**
     * A stored plan.
     *
     * @throws PlannerException NOT_FOUND when there is no such plan
     */
    public PlanView plan(String planId) {
        return reader.plan(planId)
                .orElseThrow(
                        () ->
                                new PlannerException(
                                        PlannerException.Reason.NOT_FOUND,
                                        "no plan with id '" + planId + "'"));
    }

    /** The last steps of stored plans that touched the table, newest first. */
    public List<TableHistoryEntry> history(String tableName, String environment) {
        return reader.history(tableName, environment, HISTORY_LIMIT);
    }
}
