package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes execution plans on a project graph, following shift_left's planner (ancestors that do
 * not run are started; with may-start-descendants, a restarted table restarts the children that a
 * stateful edge makes depend on it, transitively) with its harmful quirks fixed. Pure: the same
 * graph, request and running state always give the same plan.
 */
public final class ExecutionPlanner {

    private final TableGraph graph;
    private final StatementNamer namer;
    private final ComputePoolResolver pools;
    private final Function<TableNode, String> sqlHash;

    public ExecutionPlanner(
            TableGraph graph,
            StatementNamer namer,
            ComputePoolResolver pools,
            Function<TableNode, String> sqlHash) {
        this.graph = graph;
        this.namer = namer;
        this.pools = pools;
        this.sqlHash = sqlHash;
    }

    /**
     * The plan for a request.
     *
     * @throws UnknownTableException when the scope names a table the project does not have
     * @throws IllegalArgumentException when the scope selects no table
     */
    public ExecutionPlan plan(PlanScope scope, PlanOptions options, RunningState running) {
        List<String> targets = targets(scope);
        boolean restartTargets =
                scope instanceof PlanScope.Table || scope instanceof PlanScope.TableList;
        Run run = new Run(options, running);
        for (String t : targets) {
            Flags f = run.flags(t);
            f.target = true;
            f.reason = restartTargets ? StepReason.TARGET : StepReason.IN_SCOPE;
            f.toRestart = restartTargets;
        }
        Set<String> scopeAndAncestors = new LinkedHashSet<>(targets);
        targets.forEach(t -> scopeAndAncestors.addAll(graph.ancestors(t)));
        List<String> ordered = graph.parentsFirst(scopeAndAncestors);
        run.processAncestors(ordered);
        run.applyExclusions();
        String startTable =
                scope instanceof PlanScope.Table table
                        ? table.tableName()
                        : ordered.get(ordered.size() - 1);
        if (options.mayStartDescendants()) {
            run.restartDescendants(graph.require(startTable).productName());
        }
        return new ExecutionPlan(startTable, scope, options, run.steps());
    }

    private List<String> targets(PlanScope scope) {
        List<String> targets;
        if (scope instanceof PlanScope.Table t) {
            targets = List.of(graph.require(t.tableName()).tableName());
        } else if (scope instanceof PlanScope.TableList l) {
            targets =
                    l.tableNames().stream()
                            .map(n -> graph.require(n).tableName())
                            .distinct()
                            .toList();
        } else if (scope instanceof PlanScope.Product p) {
            targets =
                    graph.nodes().values().stream()
                            .filter(n -> !n.isExternal())
                            .filter(n -> n.productName().equals(p.productName()))
                            .map(TableNode::tableName)
                            .toList();
        } else {
            targets = inFolder(((PlanScope.Directory) scope).folder());
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(
                    "The scope " + describe(scope) + " selects no table");
        }
        return targets;
    }

    private List<String> inFolder(String folder) {
        String prefix = folder.replace('\\', '/').replaceAll("/+$", "");
        return graph.nodes().values().stream()
                .filter(n -> !n.isExternal())
                .filter(
                        n -> {
                            String f = n.folder();
                            String withoutRoot =
                                    f.contains("/") ? f.substring(f.indexOf('/') + 1) : f;
                            return under(f, prefix) || under(withoutRoot, prefix);
                        })
                .map(TableNode::tableName)
                .toList();
    }

    private static boolean under(String folder, String prefix) {
        return folder.equals(prefix) || folder.startsWith(prefix + "/");
    }

    private static String describe(PlanScope scope) {
        if (scope instanceof PlanScope.Table t) {
            return "table " + t.tableName();
        }
        if (scope instanceof PlanScope.TableList l) {
            return "table list " + l.tableNames();
        }
        if (scope instanceof PlanScope.Product p) {
            return "product '" + p.productName() + "'";
        }
        return "folder '" + ((PlanScope.Directory) scope).folder() + "'";
    }

    /** The mutable flags of one table while a plan is computed. */
    private static final class Flags {
        boolean toRun;
        boolean toRestart;
        boolean target;
        StepReason reason;
    }

    /** One planning pass: flags per table and the plan's insertion order. */
    private final class Run {
        private final PlanOptions options;
        private final RunningState running;
        private final Map<String, Flags> flags = new HashMap<>();
        private final List<String> plan = new ArrayList<>();
        private final Set<String> inPlan = new HashSet<>();

        Run(PlanOptions options, RunningState running) {
            this.options = options;
            this.running = running;
        }

        Flags flags(String table) {
            return flags.computeIfAbsent(table, t -> new Flags());
        }

        void processAncestors(List<String> tables) {
            for (String t : tables) {
                TableNode node = graph.require(t);
                Flags f = flags(t);
                if (node.isExternal()) {
                    f.toRun = false;
                    f.toRestart = false;
                    f.reason = StepReason.EXTERNAL;
                } else if (options.forceAncestors() && !f.toRestart) {
                    f.toRun = true;
                    reasonIfUnset(f, StepReason.FORCED_ANCESTOR);
                } else if (!running.isRunning(t) && !f.toRestart) {
                    f.toRun = true;
                    reasonIfUnset(f, StepReason.MISSING_ANCESTOR);
                }
                reasonIfUnset(f, StepReason.RUNNING_ANCESTOR);
                add(t);
            }
        }

        void applyExclusions() {
            for (String t : options.excludeTables()) {
                if (inPlan.contains(t)) {
                    Flags f = flags(t);
                    f.toRun = false;
                    f.toRestart = false;
                    f.reason = StepReason.EXCLUDED;
                }
            }
        }

        /** shift_left's children closure; the plan list grows while it is walked. */
        void restartDescendants(String expectedProduct) {
            for (int i = 0; i < plan.size(); i++) {
                TableNode node = graph.require(plan.get(i));
                Flags f = flags(node.tableName());
                if (!(f.toRun || f.toRestart)) {
                    continue;
                }
                for (String childName : node.children()) {
                    TableNode child = graph.require(childName);
                    if (!(stateful(node) || stateful(child))
                            || inPlan.contains(childName)
                            || !mayEnter(child, expectedProduct)) {
                        continue;
                    }
                    if (excluded(childName)) {
                        add(childName); // shown, untouched, and the cascade stops there
                        applyExclusions();
                        continue;
                    }
                    restart(childName);
                    processAncestors(
                            graph.parentsFirst(ancestorsWithoutEdge(childName, node.tableName())));
                    for (String d : graph.parentsFirst(cascadeFrom(childName, expectedProduct))) {
                        restart(d);
                        if (!inPlan.contains(d)) {
                            startMissingAncestors(d);
                            add(d);
                        }
                    }
                    applyExclusions();
                }
            }
        }

        private void restart(String table) {
            Flags f = flags(table);
            f.toRestart = !f.toRun;
            reasonIfUnset(f, StepReason.PARENT_RESTARTED);
        }

        /**
         * Fix of a shift_left quirk: a table added by the cascade gets its other ancestors that do
         * not run started too, instead of reading from a table that is not there.
         */
        private void startMissingAncestors(String table) {
            List<String> missing = new ArrayList<>();
            for (String a : graph.ancestors(table)) {
                if (!inPlan.contains(a)
                        && !graph.require(a).isExternal()
                        && !running.isRunning(a)) {
                    missing.add(a);
                }
            }
            for (String a : graph.parentsFirst(missing)) {
                Flags f = flags(a);
                f.toRun = !f.toRestart;
                reasonIfUnset(f, StepReason.MISSING_ANCESTOR);
                add(a);
            }
        }

        private boolean excluded(String table) {
            return options.excludeTables().contains(table);
        }

        /**
         * The descendants a restart reaches. Fix of a shift_left quirk: the cascade neither enters
         * another product (unless allowed) nor passes through an excluded table.
         */
        private Set<String> cascadeFrom(String table, String expectedProduct) {
            Set<String> reached = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(table));
            while (!todo.isEmpty()) {
                for (String c : graph.require(todo.pop()).children()) {
                    if (!excluded(c)
                            && mayEnter(graph.require(c), expectedProduct)
                            && reached.add(c)) {
                        todo.push(c);
                    }
                }
            }
            return reached;
        }

        private boolean mayEnter(TableNode child, String expectedProduct) {
            return child.productName().equals(expectedProduct)
                    || options.commonProducts().contains(child.productName())
                    || options.crossProductDeployment();
        }

        private Set<String> ancestorsWithoutEdge(String child, String parent) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            for (String p : graph.require(child).parents()) {
                if (!p.equals(parent) && seen.add(p)) {
                    todo.push(p);
                }
            }
            while (!todo.isEmpty()) {
                for (String p : graph.require(todo.pop()).parents()) {
                    if (seen.add(p)) {
                        todo.push(p);
                    }
                }
            }
            seen.add(child);
            return seen;
        }

        private void add(String table) {
            if (inPlan.add(table)) {
                plan.add(table);
            }
        }

        List<PlanStep> steps() {
            Map<String, PlanStep> built = new HashMap<>();
            List<PlanStep> steps = new ArrayList<>();
            for (String t : graph.parentsFirst(plan)) {
                PlanStep step = step(graph.require(t), built);
                built.put(t, step);
                steps.add(step);
            }
            return steps;
        }

        private PlanStep step(TableNode node, Map<String, PlanStep> built) {
            Flags f = flags(node.tableName());
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

        private StepAction action(TableNode node, Flags f) {
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

    private static void reasonIfUnset(Flags f, StepReason reason) {
        if (f.reason == null) {
            f.reason = reason;
        }
    }

    private static boolean stateful(TableNode node) {
        return node.stateForm() == StateForm.STATEFUL;
    }
}
