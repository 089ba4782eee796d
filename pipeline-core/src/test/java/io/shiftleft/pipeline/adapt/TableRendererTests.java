package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rendering the tables of a scanned Confluent Cloud-style project. */
class TableRendererTests {

    static Project project;

    private final TableRenderer renderer =
            new TableRenderer(SqlAdapter.forEnvironment(TargetEnvironment.local()));

    @BeforeAll
    static void scan() throws Exception {
        Path root = OpenSourceFlinkAcceptanceTests.resource("projects/confluent-shop");
        project = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
    }

    @Test
    void rendersTheDdlAndDmlOfATable() {
        RenderedTable table = renderer.render(project, "src_orders");

        assertThat(table.ddl().orElseThrow().file())
                .isEqualTo("pipelines/sources/orders/src_orders/sql-scripts/ddl.src_orders.sql");
        assertThat(table.ddl().orElseThrow().sql().sql())
                .contains("'connector' = 'kafka'", "'key.fields' = 'order_id'")
                .doesNotContain("DISTRIBUTED", "changelog.mode", "avro-registry");
        assertThat(table.dml().orElseThrow().sql().changed()).isFalse();
    }

    @Test
    void declaresRowtimeOnATableWhoseReadersUseIt() {
        RenderedTable rawOrders = renderer.render(project, "raw_orders");
        RenderedTable srcOrders = renderer.render(project, "src_orders");

        assertThat(rawOrders.ddl().orElseThrow().sql().sql())
                .contains(RowtimeRule.DECLARATION, "WATERMARK FOR `$rowtime`");
        assertThat(srcOrders.ddl().orElseThrow().sql().sql()).doesNotContain("$rowtime");
    }

    @Test
    void rendersACreateTableAsSelectAsTheDdl() {
        RenderedTable table = renderer.render(project, "fct_revenue_per_minute");

        assertThat(table.dml()).isEmpty();
        assertThat(table.ddl().orElseThrow().sql().sql()).contains("WITH (", ")\nAS SELECT");
    }

    @Test
    void rejectsATableTheProjectDoesNotDefine() {
        assertThatThrownBy(() -> renderer.render(project, "nope"))
                .isInstanceOf(UnknownTableException.class)
                .hasMessageStartingWith("Unknown table 'nope' in project ");
    }
}
