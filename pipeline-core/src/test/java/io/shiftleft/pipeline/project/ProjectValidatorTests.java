package io.shiftleft.pipeline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectValidatorTests {

    @Test
    void warnsAboutStraySqlFilesAndNamesButNotAboutTestFolders(@TempDir Path root)
            throws IOException {
        ProjectScannerTests.table(
                root,
                "facts/p1/fct_order",
                "CREATE TABLE p1_fct_order (id INT)",
                "INSERT INTO p1_fct_order SELECT id FROM src_p1_orders");
        ProjectScannerTests.table(
                root, "sources/p1/src_orders", "CREATE TABLE orders (id INT)", null);
        Files.writeString(root.resolve("pipelines/facts/a.sql"), "SELECT 1");
        Path tests = Files.createDirectories(root.resolve("pipelines/facts/p1/fct_order/tests"));
        Files.writeString(tests.resolve("insert_src_1.sql"), "INSERT INTO x VALUES (1)");

        Project project = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
        List<ProjectProblem> problems = ProjectValidator.validate(project);

        assertThat(project.looseSqlFiles()).containsExactly("pipelines/facts/a.sql");
        assertThat(problems)
                .extracting(ProjectProblem::code, ProjectProblem::file)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "MISPLACED_FILE", "pipelines/facts/a.sql"),
                        org.assertj.core.groups.Tuple.tuple(
                                "NAMING", "pipelines/sources/p1/src_orders"),
                        org.assertj.core.groups.Tuple.tuple(
                                "FILE_NAME",
                                "pipelines/facts/p1/fct_order/sql-scripts/ddl.fct_order.sql"));
        assertThat(problems).noneMatch(p -> p.file().contains("/tests/"));
        assertThat(problems)
                .anySatisfy(
                        p -> {
                            assertThat(p.code()).isEqualTo("UNDECLARED_TABLE");
                            assertThat(p.message()).contains("'src_p1_orders'");
                        });
    }
}
