package io.shiftleft.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reports on real project folders: the command line's {@code p2} project (src_x, src_y, src_a,
 * src_b → x, y, a, b → z, d, c → p, e, f) and the {@code ecommerce} example.
 */
class HierarchyReportTests {

    static final Path P2 = Path.of("..", "cli", "src", "test", "resources", "projects", "p2");
    static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Project scan(Path root) {
        Project project = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
        assertThat(project.hasErrors()).as("%s", project.problems()).isFalse();
        return project;
    }

    @Test
    void drawsTheAncestorsAsATreeAndMarksARepeatedSubtree() {
        HierarchyReport report = HierarchyReport.of(scan(P2), "d", false);

        assertThat(report.render(ReportFormat.TEXT))
                .isEqualTo(
                        """
                        d (intermediate, p2, Stateful) pipelines/intermediates/p2/d/sql-scripts/dml.d.sql

                        Ancestors (5): src_x, src_y, x, y, z
                        |-- y (intermediate, p2, Stateless) pipelines/intermediates/p2/y/sql-scripts/dml.y.sql
                        |   `-- src_y (source, p2, Stateless) pipelines/sources/p2/src_y/sql-scripts/dml.src_y.sql
                        `-- z (intermediate, p2, Stateful) pipelines/intermediates/p2/z/sql-scripts/dml.z.sql
                            |-- x (intermediate, p2, Stateful) pipelines/intermediates/p2/x/sql-scripts/dml.x.sql
                            |   `-- src_x (source, p2, Stateless) pipelines/sources/p2/src_x/sql-scripts/dml.src_x.sql
                            `-- y (see above)
                        """);
    }

    @Test
    void addsTheDescendantsWhenAsked() {
        HierarchyReport report = HierarchyReport.of(scan(P2), "z", true);

        assertThat(report.ancestors()).containsExactly("src_x", "src_y", "x", "y");
        assertThat(report.descendants()).containsExactly("c", "d", "e", "f", "p");
        String text = report.render(ReportFormat.TEXT);
        assertThat(text)
                .contains("\nDescendants (5): c, d, e, f, p\n")
                .contains("|-- c (intermediate, p2, ")
                .contains("|   `-- e (fact, p2, ")
                .contains("`-- p (fact, p2, ");
        // the bypass y -> d (an ancestor feeding a descendant) is not walked
        assertThat(edges(report))
                .containsExactly(
                        "src_x->x",
                        "src_y->y",
                        "x->z",
                        "y->z",
                        "z->c",
                        "z->d",
                        "z->p",
                        "c->e",
                        "d->f");
    }

    @Test
    void leavesTheDescendantsOutByDefault() {
        HierarchyReport report = HierarchyReport.of(scan(P2), "z", false);

        assertThat(report.descendants()).isEmpty();
        assertThat(report.render(ReportFormat.TEXT)).doesNotContain("Descendants");
        assertThat(report.tables()).containsExactly("src_x", "src_y", "x", "y", "z");
        assertThat(edges(report)).containsExactly("src_x->x", "src_y->y", "x->z", "y->z");
    }

    @Test
    void nestsEachParentsFullDefinitionAsShiftLeftDoes() {
        HierarchyReport report = HierarchyReport.of(scan(P2), "d", false);

        JsonNode root = JSON.readTree(report.render(ReportFormat.JSON));

        assertThat(names(root.path("parents"))).containsExactly("y", "z");
        assertThat(fieldNames(root))
                .containsExactly(
                        "table_name",
                        "product_name",
                        "type",
                        "dml_ref",
                        "ddl_ref",
                        "path",
                        "kafka_topic",
                        "complexity",
                        "parents",
                        "children");
        assertThat(names(root.path("children"))).containsExactly("f");
        assertThat(root.path("children").get(0).path("children")).isEmpty();
        JsonNode z = root.path("parents").get(1);
        assertThat(z.path("table_name").asString()).isEqualTo("z");
        assertThat(z.path("complexity").path("state_form").asString()).isEqualTo("Stateful");
        assertThat(z.path("complexity").path("number_of_regular_joins").asInt()).isEqualTo(1);
        assertThat(names(z.path("parents"))).containsExactly("x", "y");
        assertThat(names(z.path("children")))
                .as("a parent's children stay shallow")
                .containsExactly("c", "d", "p");
        assertThat(z.path("children").get(0).path("parents")).isEmpty();
        JsonNode yUnderZ = z.path("parents").get(1);
        assertThat(names(yUnderZ.path("parents")))
                .as("a diamond repeats the subtree in the nested shape")
                .containsExactly("src_y");
        assertThat(yUnderZ).isEqualTo(root.path("parents").get(0));
        assertThat(report.render(ReportFormat.JSON))
                .startsWith("{\n   \"table_name\": \"d\",\n   \"product_name\": \"p2\",")
                .endsWith("}\n");
    }

    @Test
    void nestsTheChildrenWithDescendants() {
        JsonNode root =
                JSON.readTree(HierarchyReport.of(scan(P2), "z", true).render(ReportFormat.JSON));

        JsonNode c = root.path("children").get(0);
        assertThat(c.path("table_name").asString()).isEqualTo("c");
        assertThat(names(c.path("children"))).containsExactly("e");
        assertThat(names(c.path("parents"))).as("a child's parents stay shallow").contains("b");
        assertThat(c.path("parents").get(0).path("parents")).isEmpty();
    }

    @Test
    void writesTheSameTreeAsYaml() {
        HierarchyReport report =
                HierarchyReport.of(scan(EXAMPLE), "orders_fct_order_details", true);

        String yaml = report.render(ReportFormat.YAML);

        JsonNode fromYaml = YAMLMapper.builder().build().readTree(yaml);
        assertThat(fromYaml).isEqualTo(JSON.readTree(report.render(ReportFormat.JSON)));
        assertThat(yaml)
                .startsWith("table_name: orders_fct_order_details\n")
                .contains("kafka_topic: fx_rates")
                .contains("dml_ref: \"\"\n")
                .doesNotContain("---");
    }

    @Test
    void keepsStringsThatLookLikeOtherYamlScalarsAsStrings() {
        TableGraph graph =
                TableGraph.of(
                        List.of(
                                node("on", "2024", TableType.SOURCE),
                                node("null", "1e3", TableType.FACT, "on")));
        HierarchyReport report =
                HierarchyReport.of(
                        graph,
                        name -> PipelineDefinition.of(graph.require(name), graph.nodes()::get),
                        "null",
                        true);

        JsonNode fromYaml = YAMLMapper.builder().build().readTree(report.render(ReportFormat.YAML));

        assertThat(fromYaml).isEqualTo(JSON.readTree(report.render(ReportFormat.JSON)));
        assertThat(fromYaml.path("product_name").isString()).isTrue();
        assertThat(fromYaml.path("parents").get(0).path("table_name").asString()).isEqualTo("on");
        assertThat(report.render(ReportFormat.YAML))
                .startsWith("table_name: \"null\"\nproduct_name: \"1e3\"\ntype: fact\n")
                .contains("- table_name: \"on\"\n  product_name: \"2024\"\n");
    }

    private static TableNode node(String name, String product, TableType type, String... parents) {
        String folder = "pipelines/" + type.jsonName() + "s/" + product + "/" + name;
        return new TableNode(
                name,
                product,
                type,
                StateForm.STATELESS,
                folder,
                folder + "/sql-scripts/ddl." + name + ".sql",
                folder + "/sql-scripts/dml." + name + ".sql",
                null,
                Set.of(parents),
                Set.of());
    }

    @Test
    void showsExternalTopicsAndTablesWithoutDml() {
        HierarchyReport report =
                HierarchyReport.of(scan(EXAMPLE), "orders_fct_order_details", false);

        assertThat(report.parentsOf("orders_fct_order_details"))
                .containsExactly("customers_dim_customers", "int_orders_orders_eur");
        String text = report.render(ReportFormat.TEXT);
        assertThat(text)
                .startsWith(
                        "orders_fct_order_details (fact, orders, Stateful)"
                                + " pipelines/facts/orders/fct_order_details/sql-scripts/"
                                + "dml.orders_fct_order_details.sql\n")
                .contains("fx_rates (external_kafka, common, topic fx_rates)\n")
                .containsPattern("raw_web_orders \\(seed, orders, \\w+\\) no DML\n");
        JsonNode root = JSON.readTree(report.render(ReportFormat.JSON));
        JsonNode fx = find(root, "fx_rates");
        assertThat(fx.path("type").asString()).isEqualTo("external_kafka");
        assertThat(fx.path("kafka_topic").asString()).isEqualTo("fx_rates");
    }

    @Test
    void drawsAMermaidFlowchartFromParentsToChildren() {
        HierarchyReport report = HierarchyReport.of(scan(P2), "d", true);

        String mermaid = report.render(ReportFormat.MERMAID);

        assertThat(mermaid).startsWith("flowchart LR\n");
        assertThat(mermaidEdges(mermaid))
                .containsExactlyInAnyOrder(
                        "src_x->x", "src_y->y", "x->z", "y->z", "y->d", "z->d", "d->f");
        assertThat(mermaid)
                .contains("    classDef source fill:#c8e6c9,stroke:#2e7d32")
                .contains("    classDef fact fill:#ffe0b2,stroke:#ef6c00")
                .contains("    t_src_x[\"src_x<br/>source, p2\"]:::source\n")
                .contains("    t_z[\"z<br/>intermediate, p2\"]:::other\n")
                .contains("    t_f[\"f<br/>fact, p2\"]:::fact\n")
                .contains("    style t_d stroke:#d50000,stroke-width:4px\n");
        assertThat(
                        HierarchyReport.of(scan(EXAMPLE), "orders_fct_order_details", false)
                                .render(ReportFormat.MERMAID))
                .contains(
                        "    t_customers_dim_customers[\"customers_dim_customers<br/>dimension,"
                                + " customers\"]:::dimension\n")
                .contains("    t_customers_dim_customers --> t_orders_fct_order_details\n");
    }

    @Test
    void drawsAGraphvizDigraphWithTheRootHighlighted() {
        HierarchyReport report = HierarchyReport.of(scan(EXAMPLE), "int_orders_orders_eur", true);

        String dot = report.render(ReportFormat.DOT);

        assertThat(dot).startsWith("digraph \"int_orders_orders_eur\" {\n").endsWith("}\n");
        assertThat(dotEdges(dot))
                .contains(
                        "int_orders_all_orders->int_orders_orders_eur",
                        "src_common_fx_rates->int_orders_orders_eur",
                        "fx_rates->src_common_fx_rates",
                        "int_orders_orders_eur->orders_fct_order_details")
                .hasSize(report.edges().size());
        assertThat(dot)
                .contains(
                        "\"int_orders_orders_eur\" [label=\"int_orders_orders_eur\\nintermediate,"
                                + " orders\", fillcolor=\"#eeeeee\", color=\"#d50000\", penwidth=3")
                .contains(
                        "\"orders_fct_order_details\" [label=\"orders_fct_order_details\\nfact,"
                                + " orders\", fillcolor=\"#ffe0b2\", color=\"#ef6c00\"];")
                .contains(
                        "\"src_common_fx_rates\" [label=\"src_common_fx_rates\\nsource,"
                                + " common\", fillcolor=\"#c8e6c9\", color=\"#2e7d32\"];")
                .doesNotContain("customers_dim_customers");
        assertThat(report.tables().get(report.tables().size() - 1))
                .as("sources first, the deepest last")
                .isIn("orders_fct_order_details", "orders_fct_revenue_per_minute");
    }

    @Test
    void givesTheSameBytesForTheSameProject() {
        for (ReportFormat format : ReportFormat.values()) {
            String first =
                    HierarchyReport.of(scan(EXAMPLE), "orders_fct_order_details", true)
                            .render(format);
            String second =
                    HierarchyReport.of(scan(EXAMPLE), "orders_fct_order_details", true)
                            .render(format);
            assertThat(second).as("%s", format).isEqualTo(first);
        }
    }

    @Test
    void namesAnUnknownTable() {
        Project project = scan(P2);

        assertThatThrownBy(() -> HierarchyReport.of(project, "nope", false))
                .isInstanceOf(UnknownTableException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void acceptsFormatNamesInAnyCase() {
        assertThat(ReportFormat.of("Mermaid")).isEqualTo(ReportFormat.MERMAID);
        assertThatThrownBy(() -> ReportFormat.of("html"))
                .hasMessageContaining("'html'")
                .hasMessageContaining("text, json, yaml, mermaid, dot");
    }

    private static List<String> edges(HierarchyReport report) {
        return report.edges().stream().map(e -> e.parent() + "->" + e.child()).toList();
    }

    private static List<String> mermaidEdges(String mermaid) {
        List<String> edges = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ {4}t_(\\w+) --> t_(\\w+)$").matcher(mermaid);
        while (m.find()) {
            edges.add(m.group(1) + "->" + m.group(2));
        }
        return edges;
    }

    private static Set<String> dotEdges(String dot) {
        Set<String> edges = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^ {4}\"(\\w+)\" -> \"(\\w+)\";$").matcher(dot);
        while (m.find()) {
            edges.add(m.group(1) + "->" + m.group(2));
        }
        return edges;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("table_name").asString()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode find(JsonNode node, String table) {
        if (node.path("table_name").asString().equals(table)) {
            return node;
        }
        for (String list : List.of("parents", "children")) {
            for (JsonNode n : node.path(list)) {
                JsonNode found = find(n, table);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
