package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.plan.PlanScope;
import io.shiftleft.pipeline.plan.ReferenceCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The offline pipeline commands on real project folders: shift_left's reference plans through the
 * JSON of {@code build-execution-plan} on a project whose SQL has the {@code p2} topology,
 * validation, and the metadata files.
 */
class PipelineCommandsTests {

    private static final Path P2 = Path.of("src", "test", "resources", "projects", "p2");
    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");

    static List<ReferenceCases.Case> cases() {
        return ReferenceCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesShiftLeftsReferencePlanThroughTheJson(ReferenceCases.Case c) {
        List<String> args = new ArrayList<>(List.of("pipeline", "build-execution-plan", "--json"));
        args.addAll(List.of("--project-path", P2.toString()));
        args.addAll(scopeArgs(c.scope()));
        if (!c.running().isEmpty()) {
            args.addAll(List.of("--running", String.join(",", c.running())));
        }
        if (c.mayStartDescendants()) {
            args.add("--may-start-descendants");
        }
        if (c.forceAncestors()) {
            args.add("--force-ancestors");
        }

        CliRun.Result result = run(args.toArray(String[]::new));

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode nodes = new ObjectMapper().readTree(result.out()).path("nodes");
        assertThat(nodes).as("%s tables", c).hasSize(c.size());
        assertThat(names(nodes, "to_run")).as("%s to_run", c).isEqualTo(c.toRun());
        assertThat(names(nodes, "to_restart")).as("%s to_restart", c).isEqualTo(c.toRestart());
        List<String> order = new ArrayList<>();
        for (JsonNode n : nodes) {
            for (JsonNode dep : n.path("depends_on")) {
                assertThat(order)
                        .as("%s waits for %s", n.path("table_name"), dep)
                        .contains(dep.asString());
            }
            order.add(n.path("table_name").asString());
        }
    }

    @Test
    void acceptsStatementNamesAsTheRunningSet() {
        CliRun.Result result =
                run(
                        "pipeline",
                        "build-execution-plan",
                        "--json",
                        "--project-path",
                        P2.toString(),
                        "--table-name",
                        "f",
                        "--running",
                        "dev-usw2-p2-dml-d,f");

        JsonNode nodes = new ObjectMapper().readTree(result.out()).path("nodes");
        assertThat(names(nodes, "to_run")).doesNotContain("d");
    }

    @Test
    void explainsAnUnknownTableAsAUsageError() {
        CliRun.Result result =
                run(
                        "pipeline",
                        "build-execution-plan",
                        "--project-path",
                        P2.toString(),
                        "--table-name",
                        "nope");

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown table 'nope'");
    }

    @Test
    void validatesTheExampleWithoutErrors() {
        CliRun.Result result = run("pipeline", "validate", "--project-path", EXAMPLE.toString());

        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("15 tables, 0 error(s)");
    }

    @Test
    void failsValidationWithFileAndLineOfABrokenStatement(@TempDir Path root) throws IOException {
        copy(P2, root);
        Files.writeString(
                root.resolve("pipelines/facts/p2/p/sql-scripts/dml.p.sql"),
                "INSERT INTO p\nSELECT id, v\nFROM z\nWHERE (((\n");

        CliRun.Result result =
                run("pipeline", "validate", "--json", "--project-path", root.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.PROJECT_ERRORS);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("errors").asInt()).isPositive();
        assertThat(report.path("problems").toString())
                .contains("pipelines/facts/p2/p/sql-scripts/dml.p.sql");
    }

    @Test
    void writesTheInventoryAndDefinitionsOnlyForAProjectWithoutErrors(@TempDir Path root)
            throws IOException {
        copy(P2, root);

        CliRun.Result built =
                run("pipeline", "build-all-metadata", "--project-path", root.toString());

        assertThat(built.code()).as(built.err()).isZero();
        assertThat(root.resolve("pipelines/inventory.json")).exists();
        String definition =
                Files.readString(
                        root.resolve("pipelines/intermediates/p2/z/pipeline_definition.json"));
        assertThat(definition)
                .contains("\"table_name\": \"z\"")
                .contains("\"state_form\": \"Stateful\"");

        Files.delete(root.resolve("pipelines/facts/p2/e/sql-scripts/ddl.e.sql"));
        Files.delete(root.resolve("pipelines/inventory.json"));
        CliRun.Result refused = run("table", "build-inventory", "--project-path", root.toString());

        assertThat(refused.code()).isEqualTo(ExitCodes.PROJECT_ERRORS);
        assertThat(refused.err())
                .contains("pipelines/facts/p2/e/sql-scripts")
                .contains("No DDL file");
        assertThat(root.resolve("pipelines/inventory.json")).doesNotExist();
    }

    private static List<String> scopeArgs(PlanScope scope) {
        if (scope instanceof PlanScope.Table t) {
            return List.of("--table-name", t.tableName());
        }
        if (scope instanceof PlanScope.Product p) {
            return List.of("--product-name", p.productName());
        }
        return List.of("--dir", ((PlanScope.Directory) scope).folder());
    }

    private static Set<String> names(JsonNode nodes, String flag) {
        Set<String> names = new HashSet<>();
        for (JsonNode n : nodes) {
            if (n.path(flag).asBoolean()) {
                names.add(n.path("table_name").asString());
            }
        }
        return names;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    static CliRun.Result run(String... args) {
        return CliRun.run(new ShiftLeftCli(), args);
    }
}
