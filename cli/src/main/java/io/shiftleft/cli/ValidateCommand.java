package io.shiftleft.cli;

import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import io.shiftleft.pipeline.project.ProjectValidator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline validate}: every problem of a project; exit 1 when there are errors. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check the project: cycles, missing or duplicate tables, DDL/DML mismatches,"
                        + " unparsable SQL, misplaced files and naming conventions.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Project scanned = project.scan(spec);
        List<ProjectProblem> problems = ProjectValidator.validate(scanned);
        long errors = Problems.count(problems, ProjectProblem.Severity.ERROR);
        if (json) {
            out.println(Problems.json(problems));
        } else {
            problems.forEach(out::println);
            out.printf(
                    "%s%d tables, %d error(s), %d warning(s)%n",
                    problems.isEmpty() ? "" : "\n",
                    scanned.tables().size(),
                    errors,
                    Problems.count(problems, ProjectProblem.Severity.WARNING));
        }
        out.flush();
        return errors > 0 ? ExitCodes.PROJECT_ERRORS : ExitCodes.OK;
    }
}
