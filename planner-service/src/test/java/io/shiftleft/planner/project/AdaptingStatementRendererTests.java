package io.shiftleft.planner.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.environment.FailurePolicy;
import io.shiftleft.planner.environment.SqlTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner's SQL per environment, on a copy of the example project: adapted by a target's rules
 * with the environment's Kafka and registry, verbatim without a target, the project's environments
 * file read again after an edit, and a wrong target reported with the setting that names it.
 */
class AdaptingStatementRendererTests {

    private static final String TABLE = "src_customers_customers";

    @TempDir Path dir;
    private Path project;
    private final Map<String, SqlTarget> targets = new LinkedHashMap<>();

    @BeforeEach
    void copyTheExample() throws IOException {
        project = dir.resolve("ecommerce");
        Path source = Path.of("..", "examples", "ecommerce", "pipelines").toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = project.resolve("pipelines").resolve(source.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }

    @Test
    void adaptsForTheTargetWithTheEnvironmentsKafkaAndRegistry() {
        targets.put(
                "stack",
                new SqlTarget(
                        "local",
                        Optional.empty(),
                        "127.0.0.1:29092",
                        "http://127.0.0.1:28085/apis/ccompat/v7"));

        String ddl = render("stack", StatementRole.DDL);
        String dml = render("stack", StatementRole.DML);

        assertThat(ddl)
                .contains("'connector' = ")
                .contains("127.0.0.1:29092")
                .contains("http://127.0.0.1:28085/apis/ccompat/v7")
                .doesNotContain("19092")
                .doesNotContain("18085");
        assertThat(dml).containsIgnoringCase("INSERT INTO " + TABLE);
    }

    @Test
    void sendsTheFilesTextUnchangedWithoutATarget() throws IOException {
        targets.put("cloud", SqlTarget.verbatim());

        String ddl = render("cloud", StatementRole.DDL);

        assertThat(ddl).isEqualTo(Files.readString(fileOf(TABLE, StatementRole.DDL)));
    }

    @Test
    void readsTheProjectsEnvironmentsFileAgainAfterAnEdit() throws IOException {
        targets.put("stack", new SqlTarget("mine", Optional.empty(), "", ""));
        Path file = project.resolve("environments.yaml");
        writeEnvironment(file, "10.0.0.1:9092", Instant.now().minusSeconds(60));
        AdaptingStatementRenderer renderer = renderer();
        Project scanned = scan();

        String before = renderer.render("stack", scanned, table(scanned), StatementRole.DDL);
        writeEnvironment(file, "10.0.0.2:9092", Instant.now());
        String after = renderer.render("stack", scanned, table(scanned), StatementRole.DDL);

        assertThat(before).contains("10.0.0.1:9092").contains("'value.format' = 'json'");
        assertThat(after).contains("10.0.0.2:9092").doesNotContain("10.0.0.1:9092");
    }

    @Test
    void namesTheSettingAndTheKnownTargetsWhenTheTargetDoesNotExist() {
        targets.put("stack", new SqlTarget("nowhere", Optional.empty(), "", ""));

        assertThatThrownBy(() -> render("stack", StatementRole.DDL))
                .isInstanceOf(PlannerException.class)
                .hasMessageContaining("environment 'stack'")
                .hasMessageContaining("planner.environments.stack.sql-target 'nowhere'")
                .hasMessageContaining("local")
                .extracting(e -> ((PlannerException) e).reason())
                .isEqualTo(PlannerException.Reason.PROJECT_INVALID);
    }

    private String render(String environment, StatementRole role) {
        Project scanned = scan();
        return renderer().render(environment, scanned, table(scanned), role);
    }

    private AdaptingStatementRenderer renderer() {
        Map<String, EnvironmentSettings> settings = new LinkedHashMap<>();
        targets.forEach(
                (name, sql) ->
                        settings.put(
                                name,
                                new EnvironmentSettings(
                                        name,
                                        project,
                                        new NamingSettings(name, "us-west-2", true),
                                        null,
                                        false,
                                        4,
                                        FailurePolicy.FINISH_INDEPENDENT,
                                        Map.of(),
                                        Set.of("common"),
                                        sql)));
        return new AdaptingStatementRenderer(new Environments(settings));
    }

    private Project scan() {
        return new ProjectScanner(new SqlAnalyzer(), new ScanOptions(true, "common")).scan(project);
    }

    private static ProjectTable table(Project project) {
        return project.tables().get(TABLE);
    }

    private Path fileOf(String table, StatementRole role) {
        ProjectTable t = table(scan());
        return project.resolve(role == StatementRole.DDL ? t.node().ddlRef() : t.node().dmlRef());
    }

    private static void writeEnvironment(Path file, String servers, Instant modified) {
        try {
            Files.writeString(
                    file,
                    "environments:\n"
                            + "  mine:\n"
                            + "    platform: apache-flink\n"
                            + "    kafka:\n"
                            + "      bootstrap-servers: "
                            + servers
                            + "\n"
                            + "    format: json\n");
            Files.setLastModifiedTime(file, FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
