package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The proof that adapted SQL is what open-source Flink 2.2 accepts: every table of a Confluent
 * Cloud-style project, and of the ecommerce example, is rendered for the built-in {@code local}
 * environment; Flink's parser must accept each statement; then a real {@link TableEnvironment}
 * (planner, Kafka connectors, json and avro-confluent formats) creates every table and plans every
 * DML and {@code CREATE TABLE ... AS SELECT} with {@code EXPLAIN}. No job runs, no broker is
 * needed.
 */
class OpenSourceFlinkAcceptanceTests {

    @Test
    void plansEveryStatementOfAConfluentCloudProject() throws Exception {
        List<String> failures =
                planProject(
                        resource("projects/confluent-shop"), TargetEnvironment.local(), List.of());

        assertThat(failures).isEmpty();
    }

    @Test
    void plansEveryStatementOfAConfluentCloudProjectWithJsonValues() throws Exception {
        List<String> failures =
                planProject(resource("projects/confluent-shop"), RuleFixtures.json(), List.of());

        assertThat(failures).isEmpty();
    }

    @Test
    void plansTheAdaptedTableOfTheAdapterTests() {
        AdaptedSql ddl =
                SqlAdapter.forEnvironment(TargetEnvironment.local())
                        .adapt(
                                SqlAdapterTests.CONFLUENT_DDL,
                                StatementRole.DDL,
                                TableContext.unknown());
        TableEnvironment flink = TableEnvironment.create(EnvironmentSettings.inStreamingMode());

        flink.executeSql(ddl.sql());

        assertThat(
                        flink.explainSql(
                                "INSERT INTO orders SELECT order_id, amount * 2, created_at FROM"
                                        + " orders WHERE $rowtime > created_at"))
                .contains("ChangelogNormalize(key=[order_id]", "metadata=[timestamp]");
    }

    @Test
    void plansEveryStatementOfTheEcommerceExample() throws Exception {
        Path example = Path.of("..", "examples", "ecommerce").toAbsolutePath().normalize();
        String provisioned =
                Files.readString(example.resolve("provisioning/01_fx_rates_table.sql"));

        List<String> failures =
                planProject(example, TargetEnvironment.local(), List.of(provisioned));

        assertThat(failures).isEmpty();
    }

    /** Renders, parses and plans every table; returns what failed, table by table. */
    static List<String> planProject(
            Path root, TargetEnvironment environment, List<String> externalDdl) {
        Project project = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
        TableRenderer renderer = new TableRenderer(SqlAdapter.forEnvironment(environment));
        Map<String, RenderedTable> rendered = new TreeMap<>();
        project.tables().keySet().forEach(t -> rendered.put(t, renderer.render(project, t)));
        List<String> failures = new ArrayList<>();
        TableEnvironment flink = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
        externalDdl.forEach(flink::executeSql);
        List<RenderedFile> planned = new ArrayList<>();
        for (RenderedTable table : rendered.values()) {
            for (RenderedFile file : files(table)) {
                if (!file.sql().warnings().isEmpty()) {
                    failures.add(file.file() + ": " + file.sql().warnings());
                }
                boolean query =
                        file.role() == StatementRole.DML
                                || CreateTableParser.find(file.sql().sql()).stream()
                                        .anyMatch(CreateTable::isCtas);
                if (query) {
                    planned.add(file);
                } else {
                    run(failures, file, () -> flink.executeSql(file.sql().sql()));
                }
            }
        }
        for (RenderedFile file : planned) {
            run(failures, file, () -> flink.explainSql(file.sql().sql()));
        }
        return failures;
    }

    private static List<RenderedFile> files(RenderedTable table) {
        List<RenderedFile> files = new ArrayList<>();
        table.ddl().ifPresent(files::add);
        table.dml().ifPresent(files::add);
        return files;
    }

    private static void run(List<String> failures, RenderedFile file, Runnable statement) {
        try {
            statement.run();
        } catch (RuntimeException e) {
            StringBuilder why = new StringBuilder(file.file() + ": " + e.getMessage());
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                why.append("\n  caused by: ").append(c.getMessage());
            }
            failures.add(why + "\n--- adapted SQL:\n" + file.sql().sql());
        }
    }

    static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(
                OpenSourceFlinkAcceptanceTests.class.getClassLoader().getResource(name).toURI());
    }
}
