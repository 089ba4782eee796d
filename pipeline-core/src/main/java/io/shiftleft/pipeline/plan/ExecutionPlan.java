package io.shiftleft.pipeline.plan;

import java.util.List;
import java.util.Optional;

/**
 * A plan: its steps in execution order (every step after the steps it depends on) and the waves of
 * acting steps that may run in parallel.
 *
 * @param startTableName the table the plan is named after (shift_left's {@code start_table_name})
 * @param scope what was asked for
 * @param options the request's flags
 * @param steps every table of the plan, parents first
 */
public record ExecutionPlan(
        String startTableName, PlanScope scope, PlanOptions options, List<PlanStep> steps) {

    public ExecutionPlan {
        steps = List.copyOf(steps);
    }

    public Optional<PlanStep> step(String tableName) {
        return steps.stream().filter(s -> s.tableName().equals(tableName)).findFirst();
    }

    /** The acting steps grouped by wave: each wave waits only for earlier waves. */
    public List<List<PlanStep>> waves() {
        int last = steps.stream().mapToInt(PlanStep::wave).max().orElse(-1);
        List<List<PlanStep>> waves = new java.util.ArrayList<>();
        for (int w = 0; w <= last; w++) {
            int wave = w;
            List<PlanStep> members =
                    steps.stream().filter(s -> s.action().acts() && s.wave() == wave).toList();
            if (!members.isEmpty()) {
                waves.add(members);
            }
        }
        return waves;
    }

    /** Tables of the plan with shift_left's {@code to_run} flag. */
    public List<String> toRun() {
        return steps.stream().filter(PlanStep::toRun).map(PlanStep::tableName).toList();
    }

    /** Tables of the plan with shift_left's {@code to_restart} flag. */
    public List<String> toRestart() {
        return steps.stream().filter(PlanStep::toRestart).map(PlanStep::tableName).toList();
    }
}
