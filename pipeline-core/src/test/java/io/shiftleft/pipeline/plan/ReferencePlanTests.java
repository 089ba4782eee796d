package io.shiftleft.pipeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.graph.TableGraph;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference cases of shift_left's planner (domain §3.9) on its {@code p2} topology: the same
 * tables in the plan, the same {@code to_run} and {@code to_restart} flags, and every table after
 * its parents.
 */
class ReferencePlanTests {

    static List<ReferenceCases.Case> cases() {
        return ReferenceCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesShiftLeftsReferencePlan(ReferenceCases.Case c) {
        ExecutionPlan plan =
                plan(c.scope(), c.running(), c.mayStartDescendants(), c.forceAncestors());

        assertThat(plan.steps()).as("%s tables", c).hasSize(c.size());
        assertThat(new HashSet<>(plan.toRun())).as("%s to_run", c).isEqualTo(c.toRun());
        assertThat(new HashSet<>(plan.toRestart())).as("%s to_restart", c).isEqualTo(c.toRestart());
        assertParentsFirst(plan);
    }

    @Test
    void case13RunsOrRestartsEveryTableButTheUntouchedRunningParent() {
        ExecutionPlan plan =
                plan(
                        new PlanScope.Directory("sources/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        true,
                        true);

        assertThat(plan.steps()).hasSize(13);
        assertThat(plan.steps()).allMatch(s -> s.toRun() || s.toRestart());
        assertThat(plan.step("y")).isEmpty();
        assertParentsFirst(plan);
    }

    @Test
    void givesTheSamePlanForTheSameInputs() {
        ExecutionPlan first = plan(new PlanScope.Table("z"), ReferenceCases.ALL, true, true);
        ExecutionPlan second = plan(new PlanScope.Table("z"), ReferenceCases.ALL, true, true);

        assertThat(second).isEqualTo(first);
    }

    static ExecutionPlan plan(PlanScope scope, List<String> running, boolean msd, boolean force) {
        TableGraph graph = P2Fixture.graph();
        ExecutionPlanner planner =
                new ExecutionPlanner(graph, P2Fixture.namer(), ComputePoolResolver.none(), n -> "");
        return planner.plan(
                scope,
                PlanOptions.defaults().withMayStartDescendants(msd).withForceAncestors(force),
                RunningState.runningTables(running));
    }

    /** Every table comes after its parents, and depends on each acting parent. */
    static void assertParentsFirst(ExecutionPlan plan) {
        List<String> order = plan.steps().stream().map(PlanStep::tableName).toList();
        TableGraph graph = P2Fixture.graph();
        for (PlanStep step : plan.steps()) {
            for (String parent : graph.require(step.tableName()).parents()) {
                if (order.contains(parent)) {
                    assertThat(order.indexOf(parent))
                            .as("%s before %s in %s", parent, step.tableName(), order)
                            .isLessThan(order.indexOf(step.tableName()));
                }
                plan.step(parent)
                        .filter(p -> p.action().acts())
                        .ifPresent(p -> assertThat(step.dependsOn()).contains(parent));
            }
        }
    }
}
