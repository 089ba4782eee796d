package io.shiftleft.pipeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where our planner deliberately differs from shift_left, and the plan's DAG properties. */
class PlannerBehaviourTests {

    private static final List<String> ALL_RUNNING = ReferenceCases.ALL;

    @Test
    void makesRestartedChildrenWaitForTheRestartedParent() {
        ExecutionPlan plan =
                ReferencePlanTests.plan(
                        new PlanScope.Table("f"), List.of("src_x", "x", "src_b", "b"), true, false);

        assertThat(plan.step("p").orElseThrow().dependsOn()).containsExactly("z");
        assertThat(plan.step("c").orElseThrow().dependsOn()).containsExactly("z");
        assertThat(plan.step("z").orElseThrow().wave())
                .isLessThan(plan.step("c").orElseThrow().wave());
        assertThat(plan.waves().get(0)).extracting(PlanStep::tableName).containsExactly("src_y");
    }

    @Test
    void honoursDmlOnlyForEveryTargetOfAProductButNotForAncestorsItStarts() {
        TableGraph graph = withOtherProduct();
        ExecutionPlan plan =
                planner(graph)
                        .plan(
                                new PlanScope.Product("p9"),
                                PlanOptions.defaults().withDmlOnly(true),
                                RunningState.runningTables(List.of("src_x", "x", "src_y", "y")));

        assertThat(plan.step("q9").orElseThrow().action()).isEqualTo(StepAction.DEPLOY_DML_ONLY);
        assertThat(plan.step("z").orElseThrow().action()).isEqualTo(StepAction.DEPLOY);
    }

    @Test
    void keepsAnExcludedTableInThePlanWithoutTouchingItOrCascadingThroughIt() {
        ExecutionPlan plan =
                planner(P2Fixture.graph())
                        .plan(
                                new PlanScope.Table("z"),
                                PlanOptions.defaults()
                                        .withMayStartDescendants(true)
                                        .withExcludeTables(Set.of("d")),
                                RunningState.runningTables(ALL_RUNNING));

        PlanStep d = plan.step("d").orElseThrow();
        assertThat(d.action()).isEqualTo(StepAction.SKIP_EXCLUDED);
        assertThat(d.toRun() || d.toRestart()).isFalse();
        assertThat(plan.step("f").map(PlanStep::toRestart)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void restartsChildrenOfAnotherProductOnlyWithCrossProductDeployment() {
        TableGraph graph = withOtherProduct();
        PlanOptions cascade = PlanOptions.defaults().withMayStartDescendants(true);
        RunningState running = RunningState.runningTables(ALL_RUNNING_WITH_Q9);

        ExecutionPlan within = planner(graph).plan(new PlanScope.Table("z"), cascade, running);
        ExecutionPlan across =
                planner(graph)
                        .plan(
                                new PlanScope.Table("z"),
                                cascade.withCrossProductDeployment(true),
                                running);

        assertThat(within.step("q9")).isEmpty();
        assertThat(across.step("q9").orElseThrow().action()).isEqualTo(StepAction.RESTART);
    }

    @Test
    void startsAMissingOtherParentOfATableTheCascadeRestarts() {
        // w reads z (stateful) and lonely (not running, not otherwise in the plan).
        List<TableNode> nodes = new ArrayList<>(P2Fixture.graph().nodes().values());
        nodes.add(P2Fixture.node("lonely", TableType.SOURCE, "sources", StateForm.STATELESS));
        nodes.add(P2Fixture.node("w", TableType.FACT, "facts", StateForm.STATELESS, "d", "lonely"));
        List<String> running = new ArrayList<>(ALL_RUNNING);
        running.add("w");

        ExecutionPlan plan =
                planner(TableGraph.of(nodes))
                        .plan(
                                new PlanScope.Table("z"),
                                PlanOptions.defaults().withMayStartDescendants(true),
                                RunningState.runningTables(running));

        assertThat(plan.step("w").orElseThrow().toRestart()).isTrue();
        PlanStep lonely = plan.step("lonely").orElseThrow();
        assertThat(lonely.action()).isEqualTo(StepAction.DEPLOY);
        assertThat(lonely.reason()).isEqualTo(StepReason.MISSING_ANCESTOR);
        assertThat(plan.step("w").orElseThrow().dependsOn()).contains("lonely", "d");
    }

    @Test
    void neverDeploysAnExternalParent() {
        List<TableNode> nodes = new ArrayList<>(P2Fixture.graph().nodes().values());
        nodes.add(
                new TableNode(
                        "raw_topic",
                        "common",
                        TableType.EXTERNAL_KAFKA,
                        StateForm.STATELESS,
                        "pipelines/seeds/raw_topic",
                        "",
                        "",
                        "raw.topic",
                        Set.of(),
                        Set.of()));
        nodes.add(P2Fixture.node("k", TableType.FACT, "facts", StateForm.STATELESS, "raw_topic"));

        ExecutionPlan plan =
                planner(TableGraph.of(nodes))
                        .plan(
                                new PlanScope.Table("k"),
                                PlanOptions.defaults().withForceAncestors(true),
                                RunningState.none());

        PlanStep raw = plan.step("raw_topic").orElseThrow();
        assertThat(raw.action()).isEqualTo(StepAction.SKIP_EXTERNAL);
        assertThat(raw.toRun()).isFalse();
        assertThat(plan.step("k").orElseThrow().dependsOn()).isEmpty();
    }

    @Test
    void keepsTheRunningPoolAndGivesActingStepsAPoolWithoutCreatingOne() {
        Map<String, StatementState> states =
                Map.of(
                        "src_x", new StatementState("s1", "RUNNING", "lfcp-running"),
                        "x", new StatementState("s2", "RUNNING", "lfcp-running"));
        ExecutionPlanner planner =
                new ExecutionPlanner(
                        P2Fixture.graph(),
                        P2Fixture.namer(),
                        t -> t.tableName().equals("z") ? Optional.of("lfcp-z") : Optional.empty(),
                        n -> "");

        ExecutionPlan plan =
                planner.plan(
                        new PlanScope.Table("z"),
                        PlanOptions.defaults().withDefaultComputePoolId("lfcp-default"),
                        RunningState.of(states));

        assertThat(plan.step("x").orElseThrow().computePoolId()).isEqualTo("lfcp-running");
        assertThat(plan.step("z").orElseThrow().computePoolId()).isEqualTo("lfcp-z");
        assertThat(plan.step("y").orElseThrow().computePoolId()).isEqualTo("lfcp-default");
    }

    @Test
    void namesTheUnknownTargetTable() {
        assertThatThrownBy(
                        () ->
                                planner(P2Fixture.graph())
                                        .plan(
                                                new PlanScope.Table("nope"),
                                                PlanOptions.defaults(),
                                                RunningState.none()))
                .isInstanceOf(UnknownTableException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void refusesAScopeThatSelectsNothing() {
        assertThatThrownBy(
                        () ->
                                planner(P2Fixture.graph())
                                        .plan(
                                                new PlanScope.Product("nobody"),
                                                PlanOptions.defaults(),
                                                RunningState.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product 'nobody' selects no table");
    }

    private static final List<String> ALL_RUNNING_WITH_Q9 = withQ9();

    private static List<String> withQ9() {
        List<String> running = new ArrayList<>(ALL_RUNNING);
        running.add("q9");
        return running;
    }

    /** p2 plus q9, a table of product p9 that reads z. */
    private static TableGraph withOtherProduct() {
        List<TableNode> nodes = new ArrayList<>(P2Fixture.graph().nodes().values());
        TableNode q = P2Fixture.node("q9", TableType.FACT, "facts", StateForm.STATELESS, "z");
        nodes.add(
                new TableNode(
                        q.tableName(),
                        "p9",
                        q.type(),
                        q.stateForm(),
                        "pipelines/facts/p9/q9",
                        q.ddlRef(),
                        q.dmlRef(),
                        null,
                        q.parents(),
                        Set.of()));
        return TableGraph.of(nodes);
    }

    private static ExecutionPlanner planner(TableGraph graph) {
        return new ExecutionPlanner(graph, P2Fixture.namer(), ComputePoolResolver.none(), n -> "");
    }
}
