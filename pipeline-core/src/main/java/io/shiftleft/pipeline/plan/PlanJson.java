package io.shiftleft.pipeline.plan;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a plan, a contract other tools read: {@code {"start_table_name", "nodes":[…],
 * "waves":[[…]]}}, nodes in execution order, each with shift_left's fields ({@code table_name,
 * product_name, type, to_run, to_restart, upgrade_mode, dml_statement_name, ddl_statement_name})
 * and ours ({@code action, reason, depends_on, wave, compute_pool_id, sql_hash}). Field order is
 * fixed, so the same plan always gives the same bytes.
 */
public final class PlanJson {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanJson() {}

    public static String write(ExecutionPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("start_table_name", plan.startTableName());
        ArrayNode nodes = root.putArray("nodes");
        for (PlanStep s : plan.steps()) {
            ObjectNode n = nodes.addObject();
            n.put("table_name", s.tableName());
            n.put("product_name", s.productName());
            n.put("type", s.type().jsonName());
            n.put("to_run", s.toRun());
            n.put("to_restart", s.toRestart());
            n.put("upgrade_mode", s.upgradeMode().jsonName());
            n.put("dml_statement_name", s.dmlStatementName());
            n.put("ddl_statement_name", s.ddlStatementName());
            ArrayNode dependsOn = n.putArray("depends_on");
            s.dependsOn().forEach(dependsOn::add);
            n.put("action", s.action().name());
            n.put("reason", s.reason() == null ? null : s.reason().name());
            n.put("wave", s.wave());
            n.put("compute_pool_id", s.computePoolId());
            n.put("sql_hash", s.sqlHash());
        }
        ArrayNode waves = root.putArray("waves");
        for (var wave : plan.waves()) {
            ArrayNode w = waves.addArray();
            wave.forEach(step -> w.add(step.tableName()));
        }
        return JSON.writeValueAsString(root) + "\n";
    }
}
