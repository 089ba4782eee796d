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
        List<String> targets = PlanTargets.of(graph, scope);
        boolean restartTargets =
                scope instanceof PlanScope.Table || scope instanceof PlanScope.TableList;
        Run run = new Run(options, running);
        for (String t : targets) {
            TableFlags f = run.flags(t);
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

    /** One planning pass: flags per table and the plan's insertion order. */
    private final class Run {
        private final PlanOptions options;
        private final RunningState running;
        private final Map<String, TableFlags> flags = new HashMap<>();
        private final List<String> plan = new ArrayList<>();
        private final Set<String> inPlan = new HashSet<>();

        Run(PlanOptions options, RunningState running) {
            this.options = options;
            this.running = running;
        }

        TableFlags flags(String table) {
            return flags.computeIfAbsent(table, t -> new TableFlags());
        }

        void processAncestors(List<String> tables) {
            for (String t : tables) {
                TableNode node = graph.require(t);
                TableFlags f = flags(t);
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
                    TableFlags f = flags(t);
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
                TableFlags f = flags(node.tableName());
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
            TableFlags f = flags(table);
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
                TableFlags f = flags(a);
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
            return new StepBuilder(graph, namer, pools, sqlHash, options, running)
                    .steps(plan, this::flags);
        }
    }

    private static void reasonIfUnset(TableFlags f, StepReason reason) {
        if (f.reason == null) {
            f.reason = reason;
        }
    }

    private static boolean stateful(TableNode node) {
        return node.stateForm() == StateForm.STATEFUL;
    }
}
