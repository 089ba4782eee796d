package io.shiftleft.pipeline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScannerTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");

    private final ProjectScanner scanner =
            new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults());

    @Test
    void readsTheExampleProjectWithNamesFromTheSqlAndTypesAndProductsFromTheLayout() {
        Project project = scanner.scan(EXAMPLE);

        assertThat(project.problems())
                .filteredOn(p -> p.severity() == ProjectProblem.Severity.ERROR)
                .isEmpty();
        assertThat(project.tables()).hasSize(15);
        TableNode details = node(project, "orders_fct_order_details");
        assertThat(details.type()).isEqualTo(TableType.FACT);
        assertThat(details.productName()).isEqualTo("orders");
        assertThat(details.folder()).isEqualTo("pipelines/facts/orders/fct_order_details");
        assertThat(details.parents())
                .containsExactly("customers_dim_customers", "int_orders_orders_eur");
        assertThat(details.stateForm()).isEqualTo(StateForm.STATEFUL);
        assertThat(node(project, "int_orders_all_orders").stateForm())
                .isEqualTo(StateForm.STATELESS);
        assertThat(node(project, "int_orders_orders_eur").parents())
                .containsExactly("int_orders_all_orders", "src_common_fx_rates");
        assertThat(node(project, "src_common_fx_rates").productName()).isEqualTo("common");
        assertThat(node(project, "fx_rates").type()).isEqualTo(TableType.EXTERNAL_KAFKA);
        TableNode seed = node(project, "raw_web_orders");
        assertThat(seed.type()).isEqualTo(TableType.SEED);
        assertThat(seed.dmlRef()).isEmpty();
        assertThat(project.undeclared()).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsFileAndKeepsScanning(@TempDir Path root) throws IOException {
        table(
                root,
                "sources/p1/src_a",
                "CREATE TABLE src_a (id INT)",
                "INSERT INTO src_a SELECT id FROM raw_a");
        table(root, "sources/p1/src_a_copy", "CREATE TABLE src_a (id INT)", null);
        table(
                root,
                "facts/p1/fct_b",
                "CREATE TABLE fct_b (id INT)",
                "INSERT INTO fct_c SELECT id FROM src_a");
        Files.createDirectories(root.resolve("pipelines/facts/p1/no_ddl/sql-scripts"));
        table(root, "facts/p1/empty", "", null);

        Project project = scanner.scan(root);

        assertThat(project.problems())
                .extracting(ProjectProblem::code, ProjectProblem::file)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "DUPLICATE_TABLE", "pipelines/sources/p1/src_a_copy"),
                        org.assertj.core.groups.Tuple.tuple(
                                "DDL_DML_MISMATCH",
                                "pipelines/facts/p1/fct_b/sql-scripts/dml.fct_b.sql"),
                        org.assertj.core.groups.Tuple.tuple(
                                "MISSING_DDL", "pipelines/facts/p1/no_ddl/sql-scripts"));
        assertThat(project.problems())
                .anySatisfy(
                        p -> {
                            assertThat(p.file())
                                    .isEqualTo(
                                            "pipelines/facts/p1/empty/sql-scripts/ddl.empty.sql");
                            assertThat(p.severity()).isEqualTo(ProjectProblem.Severity.ERROR);
                        });
        assertThat(project.undeclared()).containsExactly("raw_a");
        assertThat(node(project, "raw_a").type()).isEqualTo(TableType.EXTERNAL_KAFKA);
    }

    @Test
    void reportsACycleInsteadOfAGraph(@TempDir Path root) throws IOException {
        table(
                root,
                "intermediates/p/a",
                "CREATE TABLE a (id INT)",
                "INSERT INTO a SELECT id FROM b");
        table(
                root,
                "intermediates/p/b",
                "CREATE TABLE b (id INT)",
                "INSERT INTO b SELECT id FROM a");

        Project project = scanner.scan(root);

        assertThat(project.graph()).isEmpty();
        assertThat(project.problems())
                .anySatisfy(p -> assertThat(p.message()).contains("a -> b -> a"));
    }

    @Test
    void refusesAFolderWithoutPipelines(@TempDir Path root) {
        assertThatThrownBy(() -> scanner.scan(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No 'pipelines' folder");
    }

    private static TableNode node(Project project, String name) {
        assertThat(project.tables()).containsKey(name);
        return project.tables().get(name).node();
    }

    @Test
    void readsEachSqlFilesSiblingPropertiesAndTheirChangesChangeTheHash(@TempDir Path root)
            throws IOException {
        table(
                root,
                "facts/p1/fct_a",
                "CREATE TABLE fct_a (id INT, n BIGINT, PRIMARY KEY (id) NOT ENFORCED)",
                "INSERT INTO fct_a SELECT id, COUNT(*) FROM raw_a GROUP BY id");
        Path scripts = root.resolve("pipelines/facts/p1/fct_a/sql-scripts");
        Files.writeString(
                scripts.resolve("dml.fct_a.properties"),
                "\uFEFF# state is kept a day\nsql.state-ttl = 1 d\n! old style comment\n"
                        + "sql.tables.scan.idle-timeout: 5 s\n");
        Files.writeString(scripts.resolve("dml.orphan.properties"), "ignored=true\n");

        ProjectTable first = scanner.scan(root).tables().get("fct_a");
        Files.writeString(scripts.resolve("dml.fct_a.properties"), "sql.state-ttl=2 d\n");
        ProjectTable second = scanner.scan(root).tables().get("fct_a");

        assertThat(first.dmlProperties())
                .containsOnly(
                        org.assertj.core.api.Assertions.entry("sql.state-ttl", "1 d"),
                        org.assertj.core.api.Assertions.entry(
                                "sql.tables.scan.idle-timeout", "5 s"));
        assertThat(first.ddlProperties()).isEmpty();
        assertThat(second.dmlProperties()).containsOnlyKeys("sql.state-ttl");
        assertThat(second.sqlHash()).isNotEqualTo(first.sqlHash());
        assertThat(second.node().dmlRef()).endsWith("dml.fct_a.sql");
    }

    @Test
    void aMalformedPropertiesFileIsAProblemWithItsFile(@TempDir Path root) throws IOException {
        table(
                root,
                "sources/p1/src_a",
                "CREATE TABLE src_a (id INT)",
                "INSERT INTO src_a SELECT 1");
        Path scripts = root.resolve("pipelines/sources/p1/src_a/sql-scripts");
        Files.writeString(scripts.resolve("ddl.src_a.properties"), "bad=\\uZZZZ\n");

        Project project = scanner.scan(root);

        assertThat(project.problems())
                .anySatisfy(
                        p -> {
                            assertThat(p.code()).isEqualTo("PROPERTIES");
                            assertThat(p.file())
                                    .isEqualTo(
                                            "pipelines/sources/p1/src_a/sql-scripts/"
                                                    + "ddl.src_a.properties");
                        });
        assertThat(project.tables().get("src_a").ddlProperties()).isEmpty();
    }

    static void table(Path root, String folder, String ddl, String dml) throws IOException {
        Path scripts = root.resolve("pipelines").resolve(folder).resolve("sql-scripts");
        Files.createDirectories(scripts);
        String name = Path.of(folder).getFileName().toString();
        Files.writeString(scripts.resolve("ddl." + name + ".sql"), ddl);
        if (dml != null) {
            Files.writeString(scripts.resolve("dml." + name + ".sql"), dml);
        }
    }
}
