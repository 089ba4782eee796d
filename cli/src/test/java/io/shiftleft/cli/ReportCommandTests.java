package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code pipeline report} on real project folders. */
class ReportCommandTests {

    private static final Path P2 = Path.of("src", "test", "resources", "projects", "p2");
    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");
    private static final String DETAILS = "orders_fct_order_details";

    @Test
    void printsTheAncestorTreeAsTextByDefaultWithADiamondShownOnce() {
        CliRun.Result result = run("d", "--project-path", P2.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith(
                        "d (intermediate, p2, Stateful)"
                                + " pipelines/intermediates/p2/d/sql-scripts/dml.d.sql\n")
                .contains("\nAncestors (5): src_x, src_y, x, y, z\n")
                .contains(
                        "|-- y (intermediate, p2, Stateless)"
                                + " pipelines/intermediates/p2/y/sql-scripts/dml.y.sql\n")
                .contains("    `-- y (see above)\n")
                .doesNotContain("Descendants");
        assertThat(result.out().lines().filter(l -> l.contains("src_y (source")).count())
                .as("the repeated subtree is not expanded again")
                .isEqualTo(1);
    }

    @Test
    void addsTheDescendantsWithEitherFlag() {
        CliRun.Result childrenToo = run("z", "--children-too", "--project-path", P2.toString());
        CliRun.Result descendants = run("z", "--descendants", "--project-path", P2.toString());

        assertThat(childrenToo.code()).as(childrenToo.err()).isZero();
        assertThat(childrenToo.out()).contains("\nDescendants (5): c, d, e, f, p\n");
        assertThat(descendants.out()).isEqualTo(childrenToo.out());
    }

    @Test
    void printsShiftLeftsNestedDefinitionAsJson() {
        CliRun.Result json = run(DETAILS, "--json", "--project-path", EXAMPLE.toString());
        CliRun.Result format =
                run(DETAILS, "--format", "json", "--project-path", EXAMPLE.toString());

        assertThat(json.code()).as(json.err()).isZero();
        assertThat(format.out()).isEqualTo(json.out());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("table_name").asString()).isEqualTo(DETAILS);
        assertThat(root.path("type").asString()).isEqualTo("fact");
        assertThat(names(root.path("parents")))
                .containsExactly("customers_dim_customers", "int_orders_orders_eur");
        JsonNode eur = root.path("parents").get(1);
        assertThat(names(eur.path("parents")))
                .containsExactly("int_orders_all_orders", "src_common_fx_rates");
        JsonNode fx = eur.path("parents").get(1).path("parents").get(0);
        assertThat(fx.path("table_name").asString()).isEqualTo("fx_rates");
        assertThat(fx.path("kafka_topic").asString()).isEqualTo("fx_rates");
        assertThat(names(eur.path("children")))
                .as("an ancestor's children stay shallow")
                .containsExactly(DETAILS, "orders_fct_revenue_per_minute");
    }

    @Test
    void printsTheSameTreeAsYaml() {
        CliRun.Result yaml =
                run(DETAILS, "--yaml", "--children-too", "--project-path", EXAMPLE.toString());
        CliRun.Result json =
                run(DETAILS, "--json", "--children-too", "--project-path", EXAMPLE.toString());

        assertThat(yaml.code()).as(yaml.err()).isZero();
        assertThat(new YAMLMapper().readTree(yaml.out()))
                .isEqualTo(new ObjectMapper().readTree(json.out()));
        assertThat(run(DETAILS, "--format", "YAML", "--project-path", EXAMPLE.toString()).out())
                .isEqualTo(run(DETAILS, "--yaml", "--project-path", EXAMPLE.toString()).out());
    }

    @Test
    void drawsMermaidAndDotWithEveryEdgeFromParentToChild() {
        CliRun.Result mermaid = run("d", "--format", "mermaid", "--project-path", P2.toString());
        CliRun.Result dot = run("d", "--format", "DOT", "--project-path", P2.toString());

        assertThat(mermaid.code()).as(mermaid.err()).isZero();
        assertThat(mermaid.out())
                .startsWith("flowchart LR\n")
                .contains(
                        "    t_src_x --> t_x\n",
                        "    t_src_y --> t_y\n",
                        "    t_x --> t_z\n",
                        "    t_y --> t_z\n",
                        "    t_y --> t_d\n",
                        "    t_z --> t_d\n",
                        "    style t_d stroke:#d50000,stroke-width:4px\n");
        assertThat(mermaid.out().lines().filter(l -> l.contains(" --> ")).count()).isEqualTo(6);
        assertThat(dot.code()).as(dot.err()).isZero();
        assertThat(dot.out())
                .startsWith("digraph \"d\" {\n")
                .contains(
                        "    \"src_x\" -> \"x\";\n",
                        "    \"src_y\" -> \"y\";\n",
                        "    \"x\" -> \"z\";\n",
                        "    \"y\" -> \"z\";\n",
                        "    \"y\" -> \"d\";\n",
                        "    \"z\" -> \"d\";\n",
                        "fillcolor=\"#c8e6c9\"",
                        "penwidth=3")
                .endsWith("}\n");
        assertThat(dot.out().lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(6);
    }

    @Test
    void writesTheReportToAFileInsteadOfStdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.mmd");

        CliRun.Result written =
                run(
                        DETAILS,
                        "--format",
                        "mermaid",
                        "--output-file",
                        file.toString(),
                        "--project-path",
                        EXAMPLE.toString());

        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("Wrote the report of " + DETAILS);
        assertThat(Files.readString(file))
                .isEqualTo(
                        run(DETAILS, "--format", "mermaid", "--project-path", EXAMPLE.toString())
                                .out());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givesTheSameBytesEveryTime() {
        for (String format : List.of("text", "json", "yaml", "mermaid", "dot")) {
            String[] args = {
                DETAILS, "--children-too", "--format", format, "--project-path", EXAMPLE.toString()
            };
            assertThat(run(args).out()).as(format).isEqualTo(run(args).out());
        }
    }

    @Test
    void rejectsAnUnknownTableAsAUsageError() {
        CliRun.Result result = run("nope", "--project-path", P2.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown table 'nope'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void rejectsAnUnknownFormatAndTwoFormatsAtOnce() {
        CliRun.Result unknown = run("d", "--format", "html", "--project-path", P2.toString());
        CliRun.Result both = run("d", "--json", "--yaml", "--project-path", P2.toString());

        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'html'").contains("mermaid");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void rejectsAFolderWithoutPipelines(@TempDir Path dir) {
        CliRun.Result result = run("d", "--project-path", dir.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("No 'pipelines' folder");
    }

    @Test
    void printsTheErrorsOfABrokenProjectAndWritesNothing(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Files.delete(root.resolve("pipelines/facts/p2/e/sql-scripts/ddl.e.sql"));
        Path file = root.resolve("report.txt");

        CliRun.Result result =
                run("d", "--output-file", file.toString(), "--project-path", root.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.PROJECT_ERRORS);
        assertThat(result.err()).contains("pipelines/facts/p2/e/sql-scripts").contains("No DDL");
        assertThat(file).doesNotExist();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("table_name").asString()));
        return names;
    }

    static CliRun.Result run(String... args) {
        return CliRun.run(new ReportCommand(), args);
    }
}
