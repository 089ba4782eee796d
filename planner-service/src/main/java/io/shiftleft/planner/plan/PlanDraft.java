package io.shiftleft.planner.plan;

import java.util.List;
import java.util.Objects;

/**
 * A computed plan, not stored yet.
 *
 * @param kind deploy or undeploy
 * @param environment the target environment
 * @param startTable the table the plan is named after
 * @param steps every step, each after the steps it depends on
 * @param executionPlanJson the execution planner's plan in its JSON form (shift_left-compatible),
 *     or null for undeploy plans
 */
public record PlanDraft(
        PlanKind kind,
        String environment,
        String startTable,
        List<DraftStep> steps,
        String executionPlanJson) {

    public PlanDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        steps = List.copyOf(steps);
    }

    /** Tables of the acting steps, in plan order. */
    public List<String> actingTables() {
        return steps.stream().filter(DraftStep::acts).map(DraftStep::tableName).toList();
    }

    /** A one-line summary: steps, acting steps, commands, waves. */
    public String summary() {
        long acting = steps.stream().filter(DraftStep::acts).count();
        int commands = steps.stream().mapToInt(s -> s.commands().size()).sum();
        int waves =
                steps.stream().filter(DraftStep::acts).mapToInt(DraftStep::wave).max().orElse(-1)
                        + 1;
        return kind
                + " plan of "
                + steps.size()
                + " steps, "
                + acting
                + " acting ("
                + commands
                + " commands) in "
                + waves
                + " waves";
    }
}
