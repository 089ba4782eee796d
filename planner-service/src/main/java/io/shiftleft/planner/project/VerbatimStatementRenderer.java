package io.shiftleft.planner.project;

import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.planner.PlannerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link StatementRenderer} that submits each SQL file's text as it is (UTF-8, BOM removed): what
 * environments without an SQL target get.
 */
final class VerbatimStatementRenderer implements StatementRenderer {

    @Override
    public String render(
            String environment, Project project, ProjectTable table, StatementRole role) {
        String ref = role == StatementRole.DDL ? table.node().ddlRef() : table.node().dmlRef();
        if (ref.isEmpty()) {
            throw new PlannerException(
                    PlannerException.Reason.PROJECT_INVALID,
                    "table " + table.node().tableName() + " has no " + role + " file");
        }
        Path file = project.root().resolve(ref);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new PlannerException(
                    PlannerException.Reason.PROJECT_INVALID,
                    "cannot read the " + role + " of table " + table.node().tableName() + ": " + e,
                    e);
        }
    }
}
