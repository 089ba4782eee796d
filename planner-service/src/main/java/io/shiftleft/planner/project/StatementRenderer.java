package io.shiftleft.planner.project;

import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;

/**
 * Makes the SQL text submitted for a table's DDL or DML in an environment. The place where the
 * per-environment SQL adaptation plugs in; until then the file's text goes out unchanged.
 */
public interface StatementRenderer {

    /**
     * The text to submit.
     *
     * @param environment the target environment
     * @param project the scanned project the table belongs to
     * @param table the table
     * @param role its DDL or its DML
     * @throws io.shiftleft.planner.PlannerException PROJECT_INVALID when the file cannot be read
     */
    String render(String environment, Project project, ProjectTable table, StatementRole role);
}
