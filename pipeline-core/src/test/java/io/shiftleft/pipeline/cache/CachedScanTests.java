package io.shiftleft.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import io.shiftleft.pipeline.metadata.InventoryFile;
import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner through the cache, and metadata written only when it changes. */
class CachedScanTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @Test
    void aScanThroughTheCacheGivesTheSameProjectAsWithout(@TempDir Path cacheFolder) {
        Path file = cacheFolder.resolve("analysis.bin");
        Project plain = scanner(null).scan(EXAMPLE);

        AnalysisCache cold = AnalysisCache.load(file);
        Project first = scanner(cold).scan(EXAMPLE);
        cold.save();
        AnalysisCache warm = AnalysisCache.load(file);
        Project second = scanner(warm).scan(EXAMPLE);

        for (Project p : List.of(first, second)) {
            assertThat(p.tables()).isEqualTo(plain.tables());
            assertThat(p.problems()).isEqualTo(plain.problems());
            assertThat(p.undeclared()).isEqualTo(plain.undeclared());
        }
        assertThat(cold.stats().misses()).isPositive();
        assertThat(warm.stats().misses()).isZero();
        assertThat(warm.stats().hits()).isEqualTo(cold.stats().misses() + cold.stats().hits());
    }

    @Test
    void theFirstRunWritesWhatProjectMetadataWritesAndTheSecondNothing(@TempDir Path root)
            throws IOException {
        new ProjectGenerator(new GeneratorSettings(40, 3, 5)).generate(root);
        Project project = scanner(null).scan(root);

        MetadataWriter.Result first = MetadataWriter.writeChanged(project);

        assertThat(first).isEqualTo(new MetadataWriter.Result(41, 0));
        Map<String, byte[]> written = metadataFiles(root);
        assertThat(written).hasSize(41);
        assertThat(written.get("pipelines/inventory.json"))
                .isEqualTo(
                        InventoryFile.toJson(ProjectMetadata.inventory(project))
                                .getBytes(StandardCharsets.US_ASCII));
        String table = project.tables().firstKey();
        String folder = project.tables().get(table).node().folder();
        assertThat(
                        new String(
                                written.get(folder + "/pipeline_definition.json"),
                                StandardCharsets.UTF_8))
                .isEqualTo(
                        PipelineDefinitionFile.toJson(ProjectMetadata.definition(project, table)));

        ageEveryFile(root);
        MetadataWriter.Result second = MetadataWriter.writeChanged(scanner(null).scan(root));

        assertThat(second).isEqualTo(new MetadataWriter.Result(0, 41));
        assertThat(metadataFiles(root)).containsOnlyKeys(written.keySet());
        assertThat(filesChangedSince(root)).isEmpty();
    }

    @Test
    void onlyTheFilesAnEditChangesAreWrittenAndAHandEditIsUndone(@TempDir Path root)
            throws IOException {
        new ProjectGenerator(new GeneratorSettings(40, 3, 5)).generate(root);
        Project before = scanner(null).scan(root);
        MetadataWriter.writeChanged(before);
        ageEveryFile(root);
        // A fact reads one more table: its definition, that table's (a new child) change.
        String fact =
                before.tables().values().stream()
                        .filter(t -> t.node().folder().startsWith("pipelines/facts/"))
                        .findFirst()
                        .orElseThrow()
                        .node()
                        .tableName();
        String extra =
                before.tables().values().stream()
                        .filter(t -> t.node().folder().startsWith("pipelines/sources/"))
                        .map(t -> t.node().tableName())
                        .filter(n -> !before.tables().get(fact).node().parents().contains(n))
                        .findFirst()
                        .orElseThrow();
        Path dml = root.resolve(before.tables().get(fact).node().dmlRef());
        String sql = Files.readString(dml);
        Files.writeString(
                dml,
                sql.substring(0, sql.lastIndexOf(';'))
                        + "\nUNION ALL\nSELECT * FROM "
                        + extra
                        + ";\n");
        String other =
                before.tables().values().stream()
                        .filter(t -> t.node().folder().startsWith("pipelines/intermediates/"))
                        .map(t -> t.node().tableName())
                        .filter(n -> !before.tables().get(fact).node().parents().contains(n))
                        .findFirst()
                        .orElseThrow();
        Path handEdited =
                root.resolve(before.tables().get(other).node().folder())
                        .resolve(PipelineDefinitionFile.FILE_NAME);
        Files.writeString(handEdited, "{}");
        ageEveryFile(root);

        MetadataWriter.Result result = MetadataWriter.writeChanged(scanner(null).scan(root));

        assertThat(filesChangedSince(root))
                .containsExactlyInAnyOrder(
                        definitionOf(before, fact),
                        definitionOf(before, extra),
                        definitionOf(before, other));
        assertThat(result).isEqualTo(new MetadataWriter.Result(3, 38));
        assertThat(Files.readString(handEdited)).startsWith("{\n   \"table_name\": \"" + other);
    }

    private static String definitionOf(Project project, String table) {
        return project.tables().get(table).node().folder() + "/" + PipelineDefinitionFile.FILE_NAME;
    }

    private static ProjectScanner scanner(AnalysisCache cache) {
        return new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults(), cache);
    }

    private static Map<String, byte[]> metadataFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !name.equals("external_tables.json")) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void ageEveryFile(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }

    /** Files created or modified since {@link #ageEveryFile}, SQL files excepted. */
    private static List<String> filesChangedSince(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".sql"))
                    .filter(
                            p -> {
                                try {
                                    return !Files.getLastModifiedTime(p).equals(LONG_AGO);
                                } catch (IOException e) {
                                    return true;
                                }
                            })
                    .map(p -> root.relativize(p).toString())
                    .toList();
        }
    }
}
