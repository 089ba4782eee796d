package io.shiftleft.bench;

import io.shiftleft.pipeline.cache.AnalysisCache;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scan + validate + write all metadata on a generated project: from scratch (no cache, no metadata
 * files: every SQL file parsed, every file written) and again with nothing changed (the analysis
 * cache loaded from its file, nothing written). Each invocation is timed alone; after the warm-up
 * iterations the JVM is warm, so these are steady-state numbers (the {@code shift-left bench}
 * command measures fresh JVMs).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class ScanBenchmark {

    /** The project, generated once per trial. */
    @State(Scope.Benchmark)
    public static class Generated {
        @Param("10000")
        public int tables;

        @Param("20")
        public int products;

        @Param("42")
        public long seed;

        Path root;

        @Setup(Level.Trial)
        public void generate() {
            root = BenchProjects.generate(tables, products, seed);
        }

        @TearDown(Level.Trial)
        public void delete() {
            BenchProjects.delete(root);
        }
    }

    /** Before each invocation: no metadata files, no cache file. */
    @State(Scope.Benchmark)
    public static class FromScratch {
        @Setup(Level.Invocation)
        public void forget(Generated project) {
            BenchProjects.forgetEverything(project.root);
        }
    }

    /** Before the trial: one full run, so that the cache and every metadata file are there. */
    @State(Scope.Benchmark)
    public static class NothingChanged {
        @Setup(Level.Trial)
        public void firstRun(Generated project) {
            BenchProjects.scanValidateWrite(project.root, AnalysisCache.forProject(project.root));
        }
    }

    @Benchmark
    public int coldNoCache(Generated project, FromScratch scratch) {
        return BenchProjects.scanValidateWrite(project.root, null);
    }

    @Benchmark
    public int coldWritingTheCache(Generated project, FromScratch scratch) {
        return BenchProjects.scanValidateWrite(
                project.root, AnalysisCache.forProject(project.root));
    }

    @Benchmark
    public int unchangedWithCache(Generated project, NothingChanged unchanged) {
        int written =
                BenchProjects.scanValidateWrite(
                        project.root, AnalysisCache.forProject(project.root));
        if (written != 0) {
            throw new IllegalStateException(written + " files written on an unchanged project");
        }
        return written;
    }
}
