package io.shiftleft.pipeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class PlanJsonTests {

    @Test
    void writesTheNodesInExecutionOrderWithShiftLeftsFieldsAndTheirDependencies() {
        ExecutionPlan plan =
                ReferencePlanTests.plan(
                        new PlanScope.Table("f"), List.of("src_x", "x", "src_b", "b"), true, false);

        JsonNode json = new ObjectMapper().readTree(PlanJson.write(plan));

        JsonNode nodes = json.path("nodes");
        assertThat(nodes).hasSize(12);
        JsonNode first = nodes.get(0);
        assertThat(first.propertyNames())
                .startsWith(
                        "table_name",
                        "product_name",
                        "type",
                        "to_run",
                        "to_restart",
                        "upgrade_mode",
                        "dml_statement_name",
                        "ddl_statement_name",
                        "depends_on");
        JsonNode f = nodes.get(nodes.size() - 1);
        assertThat(f.path("table_name").asString()).isEqualTo("f");
        assertThat(f.path("to_restart").asBoolean()).isTrue();
        assertThat(f.path("depends_on").get(0).asString()).isEqualTo("d");
        assertThat(f.path("dml_statement_name").asString()).isEqualTo("dev-usw2-p2-dml-f");
        assertThat(json.path("waves").get(0).get(0).asString()).isEqualTo("src_y");
    }

    @Test
    void writesTheSameBytesForTheSamePlan() {
        ExecutionPlan plan =
                ReferencePlanTests.plan(new PlanScope.Product("p2"), List.of(), true, true);

        assertThat(PlanJson.write(plan)).isEqualTo(PlanJson.write(plan));
    }
}
