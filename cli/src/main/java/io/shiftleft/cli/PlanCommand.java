package io.shiftleft.cli;

import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.plan.ComputePoolResolver;
import io.shiftleft.pipeline.plan.ExecutionPlan;
import io.shiftleft.pipeline.plan.ExecutionPlanner;
import io.shiftleft.pipeline.plan.PlanJson;
import io.shiftleft.pipeline.plan.PlanOptions;
import io.shiftleft.pipeline.plan.PlanScope;
import io.shiftleft.pipeline.plan.PlanStep;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline build-execution-plan}: the plan of a request on a project, offline. */
@Command(
        name = "build-execution-plan",
        mixinStandardHelpOptions = true,
        description =
                "Compute the execution plan of a deployment, given the statements that run"
                        + " (from --running or --running-file). Changes nothing.")
final class PlanCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Mixin PlanFlags flags;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--table-name", description = "Redeploy this table.")
        String table;

        @Option(names = "--product-name", description = "Make every table of this product run.")
        String product;

        @Option(
                names = "--dir",
                description = "Make every table under this folder run (relative to the project).")
        String dir;

        @Option(
                names = "--table-list-file-name",
                description = "Redeploy the tables listed in this file, one per line.")
        Path tableList;
    }

    @Option(
            names = "--running",
            split = ",",
            description = "Tables (or statement names) that run now, comma-separated.")
    List<String> running = new ArrayList<>();

    @Option(
            names = "--running-file",
            description = "File with the tables (or statement names) that run, one per line.")
    Path runningFile;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Project> found = project.scanWithoutErrors(spec);
        if (found.isEmpty()) {
            return ExitCodes.PROJECT_ERRORS;
        }
        Project scanned = found.get();
        ShiftLeftConfig config = project.config();
        Map<String, ProjectTable> tables = scanned.tables();
        ExecutionPlanner planner =
                new ExecutionPlanner(
                        scanned.requireGraph(),
                        project.namer(),
                        ComputePoolResolver.none(),
                        node -> tables.get(node.tableName()).sqlHash());
        PlanOptions options =
                new PlanOptions(
                        flags.mayStartDescendants,
                        flags.forceAncestors,
                        flags.dmlOnly,
                        flags.crossProduct,
                        Set.copyOf(lines(flags.excludeFile)),
                        flags.computePoolId != null
                                ? flags.computePoolId
                                : config.computePoolId().orElse(null),
                        Set.copyOf(
                                config.acceptedCommonProducts()
                                        .orElse(ShiftLeftConfig.DEFAULT_COMMON_PRODUCTS)));
        ExecutionPlan plan;
        try {
            plan = planner.plan(scope(), options, runningState(scanned));
        } catch (UnknownTableException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (json) {
            out.print(PlanJson.write(plan));
        } else {
            printTable(plan, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PlanScope scope() throws IOException {
        if (scope.table != null) {
            return new PlanScope.Table(scope.table);
        }
        if (scope.product != null) {
            return new PlanScope.Product(scope.product);
        }
        if (scope.dir != null) {
            Path dir = Path.of(scope.dir);
            if (dir.isAbsolute()) {
                dir = project.root().toAbsolutePath().normalize().relativize(dir.normalize());
            }
            return new PlanScope.Directory(dir.toString());
        }
        return new PlanScope.TableList(lines(scope.tableList));
    }

    /** Running tables, from table names or statement names (mapped with the naming rules). */
    private RunningState runningState(Project scanned) throws IOException {
        Set<String> given = new LinkedHashSet<>(running);
        given.addAll(lines(runningFile));
        ShiftLeftNaming naming = project.naming();
        Map<String, String> byStatement = new HashMap<>();
        for (ProjectTable t : scanned.tables().values()) {
            TableNode node = t.node();
            byStatement.put(naming.dmlStatementName(node), node.tableName());
        }
        List<String> tablesRunning = new ArrayList<>();
        for (String name : given) {
            if (scanned.tables().containsKey(name)) {
                tablesRunning.add(name);
            } else if (byStatement.containsKey(name)) {
                tablesRunning.add(byStatement.get(name));
            } else {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--running names '"
                                + name
                                + "', which is neither a table nor a DML statement of the project");
            }
        }
        return RunningState.runningTables(tablesRunning);
    }

    private List<String> lines(Path file) throws IOException {
        if (file == null) {
            return List.of();
        }
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file);
        }
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static void printTable(ExecutionPlan plan, PrintWriter out) {
        out.printf(
                "Plan for %s: %d tables, %d to deploy or restart, %d waves%n%n",
                plan.startTableName(),
                plan.steps().size(),
                plan.steps().stream().filter(s -> s.action().acts()).count(),
                plan.waves().size());
        out.printf(
                "%-4s %-40s %-16s %-18s %-5s %-10s %s%n",
                "#", "TABLE", "ACTION", "REASON", "WAVE", "MODE", "WAITS FOR");
        int i = 1;
        for (PlanStep s : plan.steps()) {
            out.printf(
                    "%-4d %-40s %-16s %-18s %-5s %-10s %s%n",
                    i++,
                    s.tableName(),
                    s.action(),
                    s.reason(),
                    s.action().acts() ? String.valueOf(s.wave()) : "-",
                    s.upgradeMode().jsonName(),
                    String.join(", ", s.dependsOn()));
        }
    }
}
