package io.shiftleft.planner.plan;

import io.shiftleft.pipeline.graph.TableGraph;
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
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.project.ProjectCatalog;
import io.shiftleft.planner.project.StatementRenderer;
import io.shiftleft.planner.status.StatementStatuses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Computes the plan of a request: the environment's project as its files are now, what the monitor
 * says runs, and {@code pipeline-core}'s execution planner. Pure with respect to the database: it
 * stores nothing, so a dry run is a call to this alone.
 */
@Service
public class Planning {

    private final Environments environments;
    private final ProjectCatalog catalog;
    private final StatementStatuses statuses;
    private final StatementRenderer renderer;

    Planning(
            Environments environments,
            ProjectCatalog catalog,
            StatementStatuses statuses,
            StatementRenderer renderer) {
        this.environments = environments;
        this.catalog = catalog;
        this.statuses = statuses;
        this.renderer = renderer;
    }

    /**
     * The plan of a request.
     *
     * @throws PlannerException when the request is invalid or names what the project lacks, or when
     *     the project cannot be planned
     */
    public PlanDraft plan(PlanRequest request) {
        validate(request);
        EnvironmentSettings env = environments.require(request.environment());
        Project project = catalog.project(env);
        TableGraph graph = project.requireGraph();
        StatementNamer namer = namer(env.statementNaming());
        RunningState running = RunningStates.of(project, namer, statuses.ofEnvironment(env.name()));
        requireTables(graph, request.tables(), "tables", env);
        requireTables(graph, request.excludeTables(), "excludeTables", env);
        ExecutionPlan plan = executionPlan(request, env, project, graph, namer, running);
        StatementCommands commands = new StatementCommands(env, project, renderer, namer, running);
        if (request.kind() == PlanKind.UNDEPLOY) {
            List<DraftStep> steps =
                    UndeploySteps.of(plan, request, graph, running, commands, namer);
            return new PlanDraft(PlanKind.UNDEPLOY, env.name(), plan.startTableName(), steps, null);
        }
        return new PlanDraft(
                PlanKind.DEPLOY,
                env.name(),
                plan.startTableName(),
                deploySteps(plan, commands),
                PlanJson.write(plan));
    }

    private static void validate(PlanRequest request) {
        boolean hasScope =
                !request.tables().isEmpty() || request.byProduct() || request.byDirectory();
        if (!hasScope) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST,
                    "the request names no target: set 'tables', 'product' or 'directory'");
        }
        if (request.dmlOnly() && request.tables().isEmpty()) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST,
                    "'dmlOnly' redeploys the DML of the tables named in 'tables', but 'tables' is"
                            + " empty (a product or directory scope has no DML-only mode)");
        }
        if (request.kind() == PlanKind.UNDEPLOY && request.byDirectory()) {
            throw new PlannerException(
                    PlannerException.Reason.INVALID_REQUEST,
                    "an undeploy request names 'tables' or a 'product', not a 'directory'");
        }
    }

    private static void requireTables(
            TableGraph graph, List<String> names, String field, EnvironmentSettings env) {
        List<String> unknown = names.stream().filter(n -> graph.find(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new PlannerException(
                    PlannerException.Reason.UNKNOWN_TABLE,
                    "'"
                            + field
                            + "' names unknown table"
                            + (unknown.size() > 1 ? "s " : " ")
                            + unknown
                            + ": the project of environment '"
                            + env.name()
                            + "' at "
                            + env.projectPath()
                            + " has no such table");
        }
    }

    private static ExecutionPlan executionPlan(
            PlanRequest request,
            EnvironmentSettings env,
            Project project,
            TableGraph graph,
            StatementNamer namer,
            RunningState running) {
        PlanOptions options =
                new PlanOptions(
                        request.mayStartDescendants(),
                        request.forceAncestors(),
                        request.dmlOnly(),
                        request.crossProductDeployment(),
                        Set.copyOf(request.excludeTables()),
                        request.computePoolId() != null
                                ? request.computePoolId()
                                : env.defaultComputePool(),
                        env.commonProducts());
        if (request.kind() == PlanKind.UNDEPLOY) {
            // Domain §3.11: the table-mode plan with the cascade on and ancestors left alone.
            options =
                    options.withMayStartDescendants(true)
                            .withForceAncestors(false)
                            .withDmlOnly(false);
        }
        ExecutionPlanner planner =
                new ExecutionPlanner(
                        graph,
                        namer,
                        ComputePoolResolver.none(),
                        node -> project.tables().get(node.tableName()).sqlHash());
        try {
            return planner.plan(scope(request), options, running);
        } catch (UnknownTableException | IllegalArgumentException e) {
            throw new PlannerException(
                    PlannerException.Reason.UNKNOWN_TABLE,
                    e.getMessage() + " in the project of environment '" + env.name() + "'",
                    e);
        }
    }

    private static PlanScope scope(PlanRequest request) {
        if (request.tables().size() == 1) {
            return new PlanScope.Table(request.tables().get(0));
        }
        if (!request.tables().isEmpty()) {
            return new PlanScope.TableList(request.tables());
        }
        if (request.byProduct()) {
            return new PlanScope.Product(request.product());
        }
        return new PlanScope.Directory(request.directory());
    }

    private static List<DraftStep> deploySteps(ExecutionPlan plan, StatementCommands commands) {
        Map<String, Integer> index = new HashMap<>();
        List<DraftStep> steps = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            index.put(s.tableName(), steps.size());
            steps.add(
                    new DraftStep(
                            steps.size(),
                            s.tableName(),
                            s.productName(),
                            StepKind.valueOf(s.action().name()),
                            s.reason() == null ? null : s.reason().name(),
                            s.wave(),
                            s.dependsOn().stream().map(index::get).toList(),
                            s.ddlStatementName(),
                            s.dmlStatementName(),
                            s.sqlHash(),
                            s.computePoolId(),
                            commands.deploy(s)));
        }
        return steps;
    }

    private static StatementNamer namer(ShiftLeftNaming naming) {
        return new StatementNamer() {
            @Override
            public String ddlStatementName(TableNode table) {
                return naming.ddlStatementName(table);
            }

            @Override
            public String dmlStatementName(TableNode table) {
                return naming.dmlStatementName(table);
            }
        };
    }
}
