package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The checks of {@code pipeline validate} on top of what scanning finds: SQL the Flink parser
 * rejected (an error here, a warning when only planning), tables read but defined nowhere, table
 * and file names against the layer's convention, and SQL files outside a {@code sql-scripts}
 * folder.
 */
public final class ProjectValidator {

    private ProjectValidator() {}

    /** Every problem of the project, sorted by file and line. */
    public static List<ProjectProblem> validate(Project project) {
        List<ProjectProblem> problems = new ArrayList<>();
        for (ProjectProblem p : project.problems()) {
            problems.add(
                    p.code().equals("SQL")
                            ? new ProjectProblem(
                                    ProjectProblem.Severity.ERROR,
                                    p.code(),
                                    p.file(),
                                    p.line(),
                                    p.message())
                            : p);
        }
        for (String name : project.undeclared()) {
            problems.add(
                    ProjectProblem.warning(
                            "UNDECLARED_TABLE",
                            "",
                            0,
                            "Table '"
                                    + name
                                    + "' is read but defined nowhere: treated as an external topic"));
        }
        for (ProjectTable table : project.tables().values()) {
            TableNode node = table.node();
            if (!node.isExternal()) {
                checkNames(node, problems);
            }
        }
        misplacedSqlFiles(project, problems);
        Collections.sort(problems);
        return problems;
    }

    private static void checkNames(TableNode node, List<ProjectProblem> problems) {
        String expected = expectedPrefix(node);
        if (expected != null && !node.tableName().startsWith(expected)) {
            problems.add(
                    ProjectProblem.warning(
                            "NAMING",
                            node.folder(),
                            0,
                            "Table '"
                                    + node.tableName()
                                    + "' should start with '"
                                    + expected
                                    + "' (a "
                                    + node.type().jsonName()
                                    + " of product "
                                    + node.productName()
                                    + ")"));
        }
        fileName(node.ddlRef(), "ddl.", node, problems);
        fileName(node.dmlRef(), "dml.", node, problems);
    }

    private static void fileName(
            String ref, String prefix, TableNode node, List<ProjectProblem> problems) {
        if (ref.isEmpty()) {
            return;
        }
        String expected = prefix + node.tableName() + ".sql";
        String actual = ref.substring(ref.lastIndexOf('/') + 1);
        if (!actual.equals(expected)) {
            problems.add(
                    ProjectProblem.warning(
                            "FILE_NAME", ref, 0, "Expected the file to be named " + expected));
        }
    }

    /** shift_left's naming convention of a layer, or null where it has none. */
    static String expectedPrefix(TableNode node) {
        if (!node.hasProduct()) {
            return null;
        }
        String p = node.productName();
        TableType type = node.type();
        return switch (type) {
            case SOURCE -> "src_" + p + "_";
            case INTERMEDIATE -> "int_" + p + "_";
            case FACT -> p + "_fct_";
            case DIMENSION -> p + "_dim_";
            case VIEW -> p + "_mv_";
            default -> null;
        };
    }

    private static void misplacedSqlFiles(Project project, List<ProjectProblem> problems) {
        for (String ref : project.looseSqlFiles()) {
            problems.add(
                    ProjectProblem.warning(
                            "MISPLACED_FILE",
                            ref,
                            0,
                            "SQL file outside a sql-scripts folder: not part of any table"));
        }
    }
}
