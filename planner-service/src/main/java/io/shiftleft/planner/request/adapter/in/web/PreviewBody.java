package io.shiftleft.planner.request.adapter.in.web;

import io.shiftleft.planner.plan.DraftCommand;
import io.shiftleft.planner.plan.DraftStep;
import io.shiftleft.planner.plan.PlanDraft;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of a dry run: the plan's steps with the commands and SQL they would send, and the
 * execution planner's plan in its shift_left-compatible JSON form.
 */
record PreviewBody(
        String kind,
        String environment,
        String startTable,
        String summary,
        List<Step> steps,
        JsonNode executionPlan) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One step of the preview. */
    record Step(
            int index,
            String tableName,
            String productName,
            String kind,
            String reason,
            int wave,
            List<Integer> dependsOn,
            String computePoolId,
            List<Command> commands) {}

    /** One command of the preview. */
    record Command(
            String action,
            String statementName,
            boolean dropTable,
            String sqlHash,
            Map<String, String> properties,
            String sql) {}

    static PreviewBody of(PlanDraft draft) {
        return new PreviewBody(
                draft.kind().name(),
                draft.environment(),
                draft.startTable(),
                draft.summary(),
                draft.steps().stream().map(PreviewBody::step).toList(),
                draft.executionPlanJson() == null
                        ? null
                        : JSON.readTree(draft.executionPlanJson()));
    }

    private static Step step(DraftStep s) {
        return new Step(
                s.index(),
                s.tableName(),
                s.productName(),
                s.kind().name(),
                s.reason(),
                s.wave(),
                s.dependsOn(),
                s.computePoolId(),
                s.commands().stream().map(PreviewBody::command).toList());
    }

    private static Command command(DraftCommand c) {
        return new Command(
                c.action().name(),
                c.statementName(),
                c.dropTable(),
                c.sqlHash(),
                c.properties(),
                c.sql());
    }
}
