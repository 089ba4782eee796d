package io.shiftleft.planner.saga.adapter.in.web;

import io.shiftleft.planner.saga.DeploymentSaga;
import io.shiftleft.planner.saga.PlanQueries;
import io.shiftleft.planner.saga.PlanView;
import io.shiftleft.planner.saga.TableHistoryEntry;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/plans/{id}} (read, its steps, approve, cancel, resume) and {@code
 * /api/v1/tables/{name}/history}. Each action answers the plan as it is after the action.
 */
@RestController
@RequestMapping("/api/v1")
class PlanController {

    private final DeploymentSaga saga;
    private final PlanQueries queries;
    private final JsonMapper json;

    PlanController(DeploymentSaga saga, PlanQueries queries, JsonMapper json) {
        this.saga = saga;
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/plans/{planId}")
    JsonNode plan(@PathVariable String planId) {
        return body(queries.plan(planId));
    }

    @GetMapping("/plans/{planId}/steps")
    List<PlanView.Step> steps(@PathVariable String planId) {
        return queries.plan(planId).steps();
    }

    @PostMapping("/plans/{planId}/approve")
    JsonNode approve(@PathVariable String planId, @RequestParam(defaultValue = "api") String by) {
        saga.approve(planId, by);
        return body(queries.plan(planId));
    }

    @PostMapping("/plans/{planId}/cancel")
    JsonNode cancel(@PathVariable String planId, @RequestParam(defaultValue = "api") String by) {
        saga.cancel(planId, by);
        return body(queries.plan(planId));
    }

    @PostMapping("/plans/{planId}/resume")
    JsonNode resume(@PathVariable String planId, @RequestParam(defaultValue = "api") String by) {
        saga.resume(planId, by);
        return body(queries.plan(planId));
    }

    /** The plan as JSON, its execution plan embedded as JSON rather than as text. */
    private JsonNode body(PlanView view) {
        ObjectNode node = json.valueToTree(view);
        if (view.executionPlan() != null) {
            node.set("executionPlan", json.readTree(view.executionPlan()));
        }
        return node;
    }

    @GetMapping("/tables/{tableName}/history")
    List<TableHistoryEntry> history(
            @PathVariable String tableName, @RequestParam(required = false) String environment) {
        return queries.history(tableName, environment);
    }
}
