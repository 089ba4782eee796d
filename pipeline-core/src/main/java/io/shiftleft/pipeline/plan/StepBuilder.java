package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.TableNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a planning pass's tables and flags into the plan's steps, parents first: each step's
 * action, the steps it waits for and its wave, statement names, SQL hash and compute pool.
 */
final class StepBuilder {

    private final TableGraph graph;
    private final StatementNamer namer;
    private final ComputePoolResolver pools;
    private final Function<TableNode, String> sqlHash;
    private final PlanOptions options;
    private final RunningState running;

    StepBuilder(
            TableGraph graph,
            StatementNamer namer,
            ComputePoolResolver pools,
            Function<TableNode, String> sqlHash,
            PlanOptions options,
            RunningState running) {
        this.graph = graph;
        this.namer = namer;
        this.pools = pools;
        this.sqlHash = sqlHash;
        this.options = options;
        this.running = running;
    }

    List<PlanStep> steps(List<String> plan, Function<String, TableFlags> flagsOf) {
        Map<String, PlanStep> built = new HashMap<>();
        List<PlanStep> steps = new ArrayList<>();
        for (String t : graph.parentsFirst(plan)) {
            PlanStep step = step(graph.require(t), flagsOf.apply(t), built);
            built.put(t, step);
            steps.add(step);
        }
        return steps;
    }

    private PlanStep step(TableNode node, TableFlags f, Map<String, PlanStep> built) {
        StepAction action = action(node, f);
        List<String> dependsOn = new ArrayList<>();
        int wave = 0;
        for (String parent : node.parents()) {
            PlanStep p = built.get(parent);
            if (p != null && p.action().acts()) {
                dependsOn.add(parent);
                wave = Math.max(wave, p.wave() + 1);
            }
        }
        String pool =
                running.of(node.tableName())
                        .filter(StatementState::isRunning)
                        .map(StatementState::computePoolId)
                        .orElse(null);
        if (pool == null && action.acts()) {
            pool = pools.poolFor(node).orElse(options.defaultComputePoolId());
        }
        return new PlanStep(
                node.tableName(),
                node.productName(),
                node.type(),
                action,
                f.reason,
                f.toRun,
                f.toRestart,
                node.stateForm(),
                namer.ddlStatementName(node),
                namer.dmlStatementName(node),
                sqlHash.apply(node),
                pool,
                dependsOn,
                wave);
    }

    private StepAction action(TableNode node, TableFlags f) {
        if (node.isExternal()) {
            return StepAction.SKIP_EXTERNAL;
        }
        if (f.reason == StepReason.EXCLUDED) {
            return StepAction.SKIP_EXCLUDED;
        }
        if (f.toRun || f.toRestart) {
            if (f.target && options.dmlOnly()) {
                return StepAction.DEPLOY_DML_ONLY;
            }
            return f.toRestart ? StepAction.RESTART : StepAction.DEPLOY;
        }
        return running.isRunning(node.tableName()) ? StepAction.KEEP_RUNNING : StepAction.NONE;
    }
}
