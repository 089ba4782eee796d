package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code pipeline build-metadata} on copies of real project folders. */
class BuildMetadataCommandTests {

    private static final Path P2 = Path.of("src", "test", "resources", "projects", "p2");
    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");
    private static final String DEFINITION = "pipeline_definition.json";

    @Test
    void writesTheTableAndItsDirectParentsAndChildrenAsBuildAllWould(
            @TempDir Path root, @TempDir Path reference) throws IOException {
        PipelineCommandsTests.copy(P2, root);
        PipelineCommandsTests.copy(P2, reference);

        CliRun.Result result =
                run(
                        "pipelines/intermediates/p2/z/sql-scripts/dml.z.sql",
                        "--project-path",
                        root.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(definitionFolders(root))
                .containsExactly(
                        "pipelines/facts/p2/p",
                        "pipelines/intermediates/p2/c",
                        "pipelines/intermediates/p2/d",
                        "pipelines/intermediates/p2/x",
                        "pipelines/intermediates/p2/y",
                        "pipelines/intermediates/p2/z");
        assertThat(result.out())
                .contains("Wrote pipelines/intermediates/p2/z/" + DEFINITION + "\n")
                .contains("Wrote 6 pipeline definitions: z, 2 parent(s), 3 child(ren)");
        assertThat(root.resolve("pipelines/inventory.json")).doesNotExist();
        CommandLine buildAll = new CommandLine(new MetadataCommands.BuildAll());
        buildAll.setOut(new PrintWriter(new StringWriter()));
        assertThat(buildAll.execute("--project-path", reference.toString())).isZero();
        for (String folder : definitionFolders(root)) {
            assertThat(Files.readString(root.resolve(folder).resolve(DEFINITION)))
                    .as(folder)
                    .isEqualTo(Files.readString(reference.resolve(folder).resolve(DEFINITION)));
        }
    }

    @Test
    void rewritesTheNeighboursWholeSoStaleEntriesDisappear(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Path x = root.resolve("pipelines/intermediates/p2/x/" + DEFINITION);
        Files.writeString(
                x,
                """
                {"table_name": "x", "type": "intermediate", "parents": [],
                 "children": [{"table_name": "gone", "parents": [], "children": []}]}
                """);

        CliRun.Result result =
                run(
                        "pipelines/intermediates/p2/z/sql-scripts/dml.z.sql",
                        "--project-path",
                        root.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode written = new ObjectMapper().readTree(Files.readString(x));
        assertThat(names(written.path("children"))).containsExactly("z");
        assertThat(names(written.path("parents"))).containsExactly("src_x");
        JsonNode z =
                new ObjectMapper()
                        .readTree(
                                Files.readString(
                                        root.resolve(
                                                "pipelines/intermediates/p2/z/" + DEFINITION)));
        assertThat(names(z.path("parents"))).containsExactly("x", "y");
        assertThat(names(z.path("children"))).containsExactly("c", "d", "p");
    }

    @Test
    void takesAnAbsolutePathAndNeverWritesExternalTables(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(EXAMPLE, root);
        Path dml =
                root.resolve(
                        "pipelines/sources/common/src_fx_rates/sql-scripts/"
                                + "dml.src_common_fx_rates.sql");

        CliRun.Result result =
                run(dml.toAbsolutePath().toString(), "--project-path", root.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(definitionFolders(root))
                .containsExactly(
                        "pipelines/intermediates/orders/orders_eur",
                        "pipelines/sources/common/src_fx_rates");
        JsonNode source =
                new ObjectMapper()
                        .readTree(
                                Files.readString(
                                        root.resolve(
                                                "pipelines/sources/common/src_fx_rates/"
                                                        + DEFINITION)));
        assertThat(source.path("parents").get(0).path("type").asString())
                .isEqualTo("external_kafka");
        assertThat(result.out()).contains("Wrote 2 pipeline definitions");
    }

    @Test
    void takesAPathRelativeToTheCurrentFolder(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(EXAMPLE, root);
        Path dml =
                root.resolve(
                        "pipelines/facts/orders/fct_order_details/sql-scripts/"
                                + "dml.orders_fct_order_details.sql");
        Path relative = Path.of("").toAbsolutePath().relativize(dml.toAbsolutePath());

        CliRun.Result result = run(relative.toString(), "--project-path", root.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(definitionFolders(root))
                .containsExactly(
                        "pipelines/dimensions/customers/dim_customers",
                        "pipelines/facts/orders/fct_order_details",
                        "pipelines/intermediates/orders/orders_eur");
    }

    @Test
    void rejectsAFileThatIsNotADmlOfTheProject(@TempDir Path root, @TempDir Path elsewhere)
            throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Path outside = Files.writeString(elsewhere.resolve("dml.z.sql"), "INSERT INTO z SELECT 1");

        CliRun.Result ddl =
                run(
                        "pipelines/intermediates/p2/z/sql-scripts/ddl.z.sql",
                        "--project-path",
                        root.toString());
        CliRun.Result missing =
                run(
                        "pipelines/intermediates/p2/z/sql-scripts/dml.nope.sql",
                        "--project-path",
                        root.toString());
        CliRun.Result foreign = run(outside.toString(), "--project-path", root.toString());

        assertThat(ddl.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ddl.err()).contains("'pipelines/intermediates/p2/z/sql-scripts/ddl.z.sql'");
        assertThat(ddl.err()).contains("is not the DML file of a table");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("No file").contains("dml.nope.sql");
        assertThat(foreign.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(foreign.err()).contains(outside.toString());
        assertThat(definitionFolders(root)).isEmpty();
    }

    @Test
    void writesNothingForAProjectWithErrors(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Files.delete(root.resolve("pipelines/facts/p2/e/sql-scripts/ddl.e.sql"));

        CliRun.Result result =
                run(
                        "pipelines/intermediates/p2/z/sql-scripts/dml.z.sql",
                        "--project-path",
                        root.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.PROJECT_ERRORS);
        assertThat(result.err()).contains("No DDL file").contains("nothing was written");
        assertThat(definitionFolders(root)).isEmpty();
    }

    /** The folders holding a pipeline_definition.json, relative, sorted. */
    private static List<String> definitionFolders(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(
                    files.filter(f -> f.getFileName().toString().equals(DEFINITION))
                            .map(f -> root.relativize(f.getParent()).toString())
                            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("table_name").asString()));
        return names;
    }

    static CliRun.Result run(String... args) {
        return CliRun.run(new BuildMetadataCommand(), args);
    }
}
