package io.shiftleft.bench;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.cache.MetadataWriter;
import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import io.shiftleft.pipeline.metadata.InventoryFile;
import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectValidator;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The generated projects the benchmarks work on, and the work they measure. */
final class BenchProjects {

    private BenchProjects() {}

    /** A new project in a temporary folder. */
    static Path generate(int tables, int products, long seed) {
        try {
            Path root = Files.createTempDirectory("shift-left-jmh");
            new ProjectGenerator(new GeneratorSettings(tables, products, seed)).generate(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code shift-left pipeline build-all-metadata} does after {@code pipeline validate}:
     * scan (through the cache, if any), validate, write the metadata files whose bytes change, save
     * the cache.
     *
     * @return the number of files written
     */
    static int scanValidateWrite(Path root, AnalysisCache cache) {
        Project project =
                new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults(), cache).scan(root);
        List<ProjectProblem> problems = ProjectValidator.validate(project);
        if (problems.stream().anyMatch(p -> p.severity() == ProjectProblem.Severity.ERROR)) {
            throw new IllegalStateException("The generated project has errors: " + problems);
        }
        int written =
                MetadataWriter.writeChanged(
                                project, cache == null ? AnalysisCache.inMemory() : cache)
                        .written();
        if (cache != null) {
            cache.save();
        }
        return written;
    }

    /** Deletes the metadata files and the cache: the next run is a first run again. */
    static void forgetEverything(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals(PipelineDefinitionFile.FILE_NAME)
                        || name.equals(InventoryFile.FILE_NAME)) {
                    Files.delete(p);
                }
            }
            Files.deleteIfExists(root.resolve(AnalysisCache.DEFAULT_FILE));
            Files.deleteIfExists(
                    root.resolve(AnalysisCache.DEFAULT_FILE)
                            .resolveSibling(AnalysisCache.INDEX_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
