package io.shiftleft.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stat index: unchanged files are not read again, and no change is ever missed. */
class StatIndexTests {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir Path root;
    private int sqlFiles;

    @BeforeEach
    void aProjectWhoseMetadataWasWrittenOnce() throws IOException {
        new ProjectGenerator(new GeneratorSettings(40, 3, 5)).generate(root);
        age(root);
        try (Stream<Path> walk = Files.walk(root.resolve("pipelines"))) {
            sqlFiles =
                    (int)
                            walk.filter(p -> p.toString().contains("/sql-scripts/"))
                                    .filter(p -> p.toString().endsWith(".sql"))
                                    .count();
        }
        for (int run = 0; run < 2; run++) {
            // The second run re-checks the files written in the index's last clock tick (racy).
            AnalysisCache cache = AnalysisCache.forProject(root);
            MetadataWriter.writeChanged(scan(cache), cache);
            cache.save();
        }
    }

    @Test
    void unchangedSqlAndMetadataFilesAreNeitherReadNorRendered() {
        Project plain = scan(null);
        AnalysisCache cache = AnalysisCache.forProject(root);

        Project project = scan(cache);
        int sqlServed = cache.files().served();
        MetadataWriter.Result result = MetadataWriter.writeChanged(project, cache);

        assertThat(project.tables()).isEqualTo(plain.tables());
        assertThat(sqlServed).isEqualTo(sqlFiles);
        assertThat(result).isEqualTo(new MetadataWriter.Result(0, 41));
        // every SQL file, every definition and the inventory
        assertThat(cache.files().served()).isEqualTo(sqlFiles + 40 + 1);
    }

    @Test
    void anEditedSqlFileIsReadAgainAndItsNewParentsReachTheMetadata() throws IOException {
        Project before = scan(null);
        ProjectTable fact = table(before, "pipelines/facts/");
        String extra =
                before.tables().values().stream()
                        .filter(t -> t.node().folder().startsWith("pipelines/sources/"))
                        .map(t -> t.node().tableName())
                        .filter(n -> !fact.node().parents().contains(n))
                        .findFirst()
                        .orElseThrow();
        Path dml = root.resolve(fact.node().dmlRef());
        String sql = Files.readString(dml);
        Files.writeString(
                dml,
                sql.substring(0, sql.lastIndexOf(';'))
                        + "\nUNION ALL\nSELECT * FROM "
                        + extra
                        + ";\n");
        AnalysisCache cache = AnalysisCache.forProject(root);

        Project after = scan(cache);
        MetadataWriter.Result result = MetadataWriter.writeChanged(after, cache);

        assertThat(after.tables().get(fact.node().tableName()).node().parents()).contains(extra);
        assertThat(after.tables().get(fact.node().tableName()).sqlHash())
                .isNotEqualTo(fact.sqlHash());
        assertThat(result).isEqualTo(new MetadataWriter.Result(2, 39));
        assertThat(Files.readString(definition(before, extra))).contains(fact.node().tableName());
        // all but the edited DML, the two definitions it changes; the inventory is unchanged
        assertThat(cache.files().served()).isEqualTo(sqlFiles - 1 + 40 - 2 + 1);
    }

    @Test
    void aFileChangedInTheSameClockTickAsTheIndexIsReadAgain() throws IOException {
        Project before = scan(null);
        ProjectTable fact = table(before, "pipelines/facts/");
        Path dml = root.resolve(fact.node().dmlRef());
        String sql = Files.readString(dml);
        // Same size, and the index's own time: only the racy rule can tell it changed.
        Files.writeString(dml, sql.replace("SELECT", "select"));
        Path index =
                root.resolve(AnalysisCache.DEFAULT_FILE).resolveSibling(AnalysisCache.INDEX_FILE);
        Files.setLastModifiedTime(dml, Files.getLastModifiedTime(index));

        AnalysisCache cache = AnalysisCache.forProject(root);
        Project after = scan(cache);

        assertThat(cache.files().served()).isEqualTo(sqlFiles - 1);
        assertThat(after.tables().get(fact.node().tableName()).sqlHash())
                .isNotEqualTo(fact.sqlHash());
    }

    @Test
    void aHandEditedDefinitionIsRewritten() throws IOException {
        Project before = scan(null);
        Path hand =
                definition(before, table(before, "pipelines/intermediates/").node().tableName());
        Files.writeString(hand, "{}");
        AnalysisCache cache = AnalysisCache.forProject(root);

        MetadataWriter.Result result = MetadataWriter.writeChanged(scan(cache), cache);

        assertThat(result).isEqualTo(new MetadataWriter.Result(1, 40));
        assertThat(Files.readString(hand)).startsWith("{\n   \"table_name\":");
    }

    @Test
    void aDamagedIndexIsIgnoredAsAWhole() throws IOException {
        Path index =
                root.resolve(AnalysisCache.DEFAULT_FILE).resolveSibling(AnalysisCache.INDEX_FILE);
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        AnalysisCache cache = AnalysisCache.forProject(root);

        Project project = scan(cache);

        assertThat(cache.files().served()).isZero();
        assertThat(project.tables()).isEqualTo(scan(null).tables());
        assertThat(cache.stats().misses()).isZero();
    }

    private Project scan(AnalysisCache cache) {
        return new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults(), cache).scan(root);
    }

    private static ProjectTable table(Project project, String folderPrefix) {
        return project.tables().values().stream()
                .filter(t -> t.node().folder().startsWith(folderPrefix))
                .findFirst()
                .orElseThrow();
    }

    private Path definition(Project project, String table) {
        return root.resolve(project.tables().get(table).node().folder())
                .resolve(PipelineDefinitionFile.FILE_NAME);
    }

    private static void age(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }
}
