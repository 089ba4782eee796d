package io.shiftleft.cli;

import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Prints a project's problems for people ({@code file:line: severity: message}) or machines. */
final class Problems {

    static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Problems() {}

    /** Prints the errors of a project to stderr and says whether there were any. */
    static boolean reportErrors(Project project, PrintWriter err) {
        List<ProjectProblem> errors =
                project.problems().stream()
                        .filter(p -> p.severity() == ProjectProblem.Severity.ERROR)
                        .toList();
        errors.forEach(err::println);
        if (!errors.isEmpty()) {
            err.println(
                    errors.size()
                            + " error(s) in the project; nothing was written. Run 'pipeline validate'"
                            + " for the full report.");
        }
        err.flush();
        return !errors.isEmpty();
    }

    static String json(List<ProjectProblem> problems) {
        ObjectNode root = JSON.createObjectNode();
        root.put("errors", count(problems, ProjectProblem.Severity.ERROR));
        root.put("warnings", count(problems, ProjectProblem.Severity.WARNING));
        ArrayNode list = root.putArray("problems");
        for (ProjectProblem p : problems) {
            ObjectNode n = list.addObject();
            n.put("severity", p.severity().name());
            n.put("code", p.code());
            n.put("file", p.file());
            n.put("line", p.line());
            n.put("message", p.message());
        }
        return JSON.writeValueAsString(root);
    }

    static long count(List<ProjectProblem> problems, ProjectProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
