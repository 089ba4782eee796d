package io.shiftleft.planner.plan;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.plan.ExecutionPlan;
import io.shiftleft.pipeline.plan.PlanStep;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.plan.StatementNamer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of an undeploy plan (domain §3.11). By table: the table and the descendants its restart
 * cascade reaches (the table-mode plan's {@code to_restart} steps), running ancestors left alone.
 * By product: the product's tables that the platform knows. In both, children go first: a table's
 * step waits for the steps of every descendant being removed, so nothing is dropped while a
 * statement still reads it (shift_left runs product undeploys in parallel with no order).
 */
final class UndeploySteps {

    private UndeploySteps() {}

    static List<DraftStep> of(
            ExecutionPlan plan,
            PlanRequest request,
            TableGraph graph,
            RunningState running,
            StatementCommands commands,
            StatementNamer namer) {
        Set<String> removed = new HashSet<>();
        for (PlanStep s : plan.steps()) {
            TableNode node = graph.require(s.tableName());
            if (node.isExternal()) {
                continue;
            }
            boolean selected =
                    request.byProduct()
                            ? node.productName().equals(request.product())
                                    && RunningStates.known(running, node.tableName())
                            : s.toRestart();
            if (selected) {
                removed.add(node.tableName());
            }
        }
        List<String> order = new ArrayList<>(graph.parentsFirst(removed));
        Collections.reverse(order);
        Map<String, Integer> index = new HashMap<>();
        List<DraftStep> steps = new ArrayList<>();
        for (String table : order) {
            TableNode node = graph.require(table);
            List<Integer> dependsOn =
                    removedBelow(table, removed, graph).stream().map(index::get).sorted().toList();
            int wave = dependsOn.stream().mapToInt(i -> steps.get(i).wave() + 1).max().orElse(0);
            index.put(table, steps.size());
            steps.add(
                    new DraftStep(
                            steps.size(),
                            table,
                            node.productName(),
                            StepKind.UNDEPLOY,
                            request.byProduct() ? "IN_SCOPE" : reason(plan, table),
                            wave,
                            dependsOn,
                            namer.ddlStatementName(node),
                            namer.dmlStatementName(node),
                            "",
                            running.of(table).map(st -> st.computePoolId()).orElse(null),
                            commands.undeploy(node, request.dropTables())));
        }
        return steps;
    }

    private static String reason(ExecutionPlan plan, String table) {
        return plan.step(table)
                .map(s -> s.reason() == null ? null : s.reason().name())
                .orElse(null);
    }

    /** The nearest descendants being removed, through tables that are not. */
    private static Set<String> removedBelow(String table, Set<String> removed, TableGraph graph) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(graph.require(table).children());
        while (!todo.isEmpty()) {
            String child = todo.pop();
            if (!seen.add(child)) {
                continue;
            }
            if (removed.contains(child)) {
                found.add(child);
            } else {
                todo.addAll(graph.require(child).children());
            }
        }
        return found;
    }
}
