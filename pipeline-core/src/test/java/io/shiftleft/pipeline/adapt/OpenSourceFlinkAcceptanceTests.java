package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectTable;
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
import java.util.stream.Stream;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.catalog.Column;
import org.apache.flink.table.catalog.ObjectPath;
import org.apache.flink.table.catalog.exceptions.TableNotExistException;
import org.junit.jupiter.api.Test;

/**
 * The proof that adapted SQL is what open-source Flink 2.2 accepts: every table of a Confluent
 * Cloud-style project, and of the ecommerce example, is rendered for the built-in {@code local}
 * environment; Flink's parser must accept each statement; then a real {@link TableEnvironment}
 * (planner, Kafka connectors, json and avro-confluent formats) creates every table and plans every
 * DML and {@code CREATE TABLE ... AS SELECT} with {@code EXPLAIN}; the ecommerce example's local
 * feeders are planned in the same session as its adapted tables. No job runs, no broker is needed.
 */
class OpenSourceFlinkAcceptanceTests {

    private static final Path ECOMMERCE =
            Path.of("..", "examples", "ecommerce").toAbsolutePath().normalize();

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
        String provisioned = Files.readString(ECOMMERCE.resolve("provisioning/01_fx_rates.sql"));

        List<String> failures =
                planProject(ECOMMERCE, TargetEnvironment.local(), List.of(provisioned));

        assertThat(failures).isEmpty();
    }

    /**
     * The local feeders of the ecommerce example ({@code provisioning/}, open-source Flink SQL)
     * together with the adapted project, in one session: every feeder table is created, the feed
     * job is planned and writes every topic that no pipeline statement writes (the seeds and the
     * external table), and each feeder table declares its topic exactly as the adapted table that
     * reads it (columns, key, formats, registry), so the pipeline can read what the feeders write.
     */
    @Test
    void plansTheLocalFeedersOfTheEcommerceExampleWithTheAdaptedProject() throws Exception {
        List<String> creates = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(ECOMMERCE.resolve("provisioning"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(file);
                (CreateTableParser.find(sql).isEmpty() ? feeds : creates).add(sql);
            }
        }
        Map<String, String> feederTopics = new TreeMap<>(); // feeder table -> topic
        creates.stream()
                .flatMap(sql -> CreateTableParser.find(sql).stream())
                .filter(t -> t.optionValue("connector").equals("kafka"))
                .forEach(t -> feederTopics.put(t.name().name(), t.optionValue("topic")));
        TableEnvironment flink = TableEnvironment.create(EnvironmentSettings.inStreamingMode());

        List<String> failures = planProject(ECOMMERCE, TargetEnvironment.local(), flink, creates);
        String plan = String.join("\n", feeds.stream().map(flink::explainSql).toList());

        assertThat(failures).isEmpty();
        assertThat(feeds).hasSize(1);
        feederTopics
                .keySet()
                .forEach(
                        t ->
                                assertThat(plan)
                                        .as("the feed writes %s", t)
                                        .contains(
                                                "Sink(table=[default_catalog.default_database."
                                                        + t
                                                        + "]"));
        Project project = scan(ECOMMERCE);
        List<TableNode> unwritten =
                project.tables().values().stream()
                        .map(ProjectTable::node)
                        .filter(n -> n.dmlRef().isEmpty())
                        .toList();
        assertThat(unwritten)
                .extracting(TableNode::tableName)
                .containsExactlyInAnyOrder(
                        "fx_rates",
                        "raw_addresses",
                        "raw_customers",
                        "raw_store_orders",
                        "raw_web_orders");
        for (TableNode node : unwritten) {
            String topic =
                    node.isExternal() ? node.kafkaTopic() : options(flink, node).get("topic");
            String feeder =
                    feederTopics.entrySet().stream()
                            .filter(e -> e.getValue().equals(topic))
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElse(null);
            assertThat(feeder).as("a feeder writes the topic %s", topic).isNotNull();
            if (!node.isExternal()) { // an external table is the feeder's table itself
                assertThat(physicalColumns(flink, feeder))
                        .as("columns of %s and of %s", feeder, node.tableName())
                        .isEqualTo(physicalColumns(flink, node.tableName()));
                assertThat(withoutScanOptions(options(flink, feeder)))
                        .as("options of %s and of %s", feeder, node.tableName())
                        .isEqualTo(withoutScanOptions(options(flink, node)));
            }
        }
    }

    private static Project scan(Path root) {
        return new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
    }

    private static Map<String, String> options(TableEnvironment flink, TableNode node) {
        return options(flink, node.tableName());
    }

    private static Map<String, String> options(TableEnvironment flink, String table) {
        try {
            return flink.getCatalog(flink.getCurrentCatalog())
                    .orElseThrow()
                    .getTable(new ObjectPath(flink.getCurrentDatabase(), table))
                    .getOptions();
        } catch (TableNotExistException e) {
            throw new AssertionError("no table " + table, e);
        }
    }

    /** The options a reader and a writer of one topic must agree on: all but scan.* (reading). */
    private static Map<String, String> withoutScanOptions(Map<String, String> options) {
        Map<String, String> kept = new TreeMap<>(options);
        kept.keySet().removeIf(k -> k.startsWith("scan."));
        return kept;
    }

    /** Name and type of each column stored in the message (not metadata, not computed). */
    private static List<String> physicalColumns(TableEnvironment flink, String table) {
        return flink.from(table).getResolvedSchema().getColumns().stream()
                .filter(Column::isPhysical)
                .map(c -> c.getName() + " " + c.getDataType())
                .toList();
    }

    /** Renders, parses and plans every table; returns what failed, table by table. */
    static List<String> planProject(
            Path root, TargetEnvironment environment, List<String> externalDdl) {
        return planProject(
                root,
                environment,
                TableEnvironment.create(EnvironmentSettings.inStreamingMode()),
                externalDdl);
    }

    /**
     * Renders, parses and plans every table in a given Flink session, after running {@code
     * externalDdl} there; returns what failed, table by table.
     */
    static List<String> planProject(
            Path root,
            TargetEnvironment environment,
            TableEnvironment flink,
            List<String> externalDdl) {
        Project project = scan(root);
        TableRenderer renderer = new TableRenderer(SqlAdapter.forEnvironment(environment));
        Map<String, RenderedTable> rendered = new TreeMap<>();
        project.tables().keySet().forEach(t -> rendered.put(t, renderer.render(project, t)));
        List<String> failures = new ArrayList<>();
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
