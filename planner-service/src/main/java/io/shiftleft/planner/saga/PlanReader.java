package io.shiftleft.planner.saga;

import java.util.List;
import java.util.Optional;

/** Reads stored plans for people and tools. */
public interface PlanReader {

    /** The plan with its steps and commands, if it exists. */
    Optional<PlanView> plan(String planId);

    /**
     * The steps of stored plans that touched a table, newest first.
     *
     * @param environment only this environment, or null for all
     */
    List<TableHistoryEntry> history(String tableName, String environment, int limit);
}
