package io.shiftleft.pipeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.graph.TableGraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fifteen reference cases of shift_left's planner (domain §3.9) on its {@code p2} topology: the
 * same tables in the plan, the same {@code to_run} and {@code to_restart} flags, and every table
 * after its parents.
 */
class ReferencePlanTests {

    private static final List<String> ALL =
            List.of(
                    "src_x", "src_y", "src_a", "src_b", "x", "y", "a", "b", "z", "d", "c", "p", "e",
                    "f");

    static Stream<Arguments> cases() {
        return Stream.of(
                row(1, new PlanScope.Table("f"), ALL, false, false, 7, "", "f"),
                row(2, new PlanScope.Table("f"), allBut("d", "f"), false, false, 7, "d", "f"),
                row(
                        3,
                        new PlanScope.Table("f"),
                        List.of("src_x", "x", "src_b", "b"),
                        true,
                        false,
                        12,
                        "src_y,y,z,d",
                        "f,p,c,e"),
                row(
                        4,
                        new PlanScope.Table("e"),
                        List.of("src_x", "x", "z", "src_y", "y"),
                        true,
                        false,
                        9,
                        "src_b,b,c",
                        "e"),
                row(5, new PlanScope.Table("z"), ALL, false, true, 5, "src_x,x,src_y,y", "z"),
                row(
                        6,
                        new PlanScope.Table("z"),
                        allBut("c", "d", "a"),
                        true,
                        false,
                        12,
                        "",
                        "z,d,p,c,e,f"),
                row(
                        7,
                        new PlanScope.Table("z"),
                        ALL,
                        true,
                        true,
                        14,
                        "src_x,x,src_y,y,src_b,b,src_a",
                        "z,a,c,d,p,e,f"),
                row(
                        8,
                        new PlanScope.Table("e"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        9,
                        "src_b,b,c",
                        "e"),
                row(
                        9,
                        new PlanScope.Product("p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        14,
                        "d,f,p,c,e,b,a,src_a,src_b",
                        ""),
                row(
                        10,
                        new PlanScope.Product("p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        true,
                        true,
                        14,
                        String.join(",", ALL),
                        ""),
                row(
                        11,
                        new PlanScope.Directory("sources/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        false,
                        4,
                        "src_a,src_b",
                        ""),
                row(
                        12,
                        new PlanScope.Directory("sources/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        true,
                        4,
                        "src_x,src_y,src_a,src_b",
                        ""),
                row(
                        14,
                        new PlanScope.Directory("pipelines/intermediates/p2"),
                        List.of("src_x", "src_y", "src_a", "src_b", "z", "x", "y", "b"),
                        true,
                        false,
                        12,
                        "a,c,d",
                        "f"),
                row(
                        15,
                        new PlanScope.Directory("facts/p2"),
                        List.of("z", "x", "y", "src_x", "src_y"),
                        false,
                        true,
                        12,
                        "src_x,src_y,src_b,x,y,b,z,d,c,p,e,f",
                        ""));
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void matchesShiftLeftsReferencePlan(
            int number,
            PlanScope scope,
            List<String> running,
            boolean mayStartDescendants,
            boolean forceAncestors,
            int size,
            Set<String> toRun,
            Set<String> toRestart) {
        ExecutionPlan plan = plan(scope, running, mayStartDescendants, forceAncestors);

        assertThat(plan.steps()).as("case %d tables", number).hasSize(size);
        assertThat(new HashSet<>(plan.toRun())).as("case %d to_run", number).isEqualTo(toRun);
        assertThat(new HashSet<>(plan.toRestart()))
                .as("case %d to_restart", number)
                .isEqualTo(toRestart);
        assertParentsFirst(plan);
    }

    @org.junit.jupiter.api.Test
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

    @org.junit.jupiter.api.Test
    void givesTheSamePlanForTheSameInputs() {
        ExecutionPlan first = plan(new PlanScope.Table("z"), ALL, true, true);
        ExecutionPlan second = plan(new PlanScope.Table("z"), ALL, true, true);

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

    /**
     * Every acting step comes after the acting steps it depends on, and depends on its acting
     * parents.
     */
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

    private static List<String> allBut(String... excluded) {
        List<String> out = new java.util.ArrayList<>(ALL);
        out.removeAll(Arrays.asList(excluded));
        return out;
    }

    private static Arguments row(
            int number,
            PlanScope scope,
            List<String> running,
            boolean msd,
            boolean force,
            int size,
            String toRun,
            String toRestart) {
        return Arguments.of(number, scope, running, msd, force, size, set(toRun), set(toRestart));
    }

    private static Set<String> set(String csv) {
        return csv.isEmpty() ? Set.of() : Set.of(csv.split(","));
    }
}
