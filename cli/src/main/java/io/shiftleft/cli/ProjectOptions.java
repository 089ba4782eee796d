package io.shiftleft.cli;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every offline command shares: where the project is and how its statements are named. */
final class ProjectOptions {

    private AnalysisCache cache;

    @Option(
            names = "--project-path",
            description =
                    "The folder that contains pipelines/ (default: the parent of $PIPELINES, else"
                            + " the current folder).")
    Path projectPath;

    @Option(
            names = "--cluster-type",
            description =
                    "Environment prefix of statement names (default: kafka.cluster_type of the"
                            + " configuration, else dev).")
    String clusterType;

    @Option(
            names = "--config",
            description =
                    "shift_left configuration file (default: $SL_CONFIG_FILE, $CONFIG_FILE, or"
                            + " config.yaml in the project path when it exists).")
    Path config;

    @Option(
            names = "--region",
            description =
                    "Region abbreviated in statement names (default: confluent_cloud.region of the"
                            + " configuration, else us-west-2).")
    String region;

    @Option(
            names = "--drop-unknown-references",
            description =
                    "Drop tables that SQL reads but no folder defines, instead of treating them as"
                            + " external topics (shift_left's default).")
    boolean dropUnknownReferences;

    @Option(
            names = "--no-cache",
            description =
                    "Analyse every SQL file again instead of reusing the analyses of unchanged"
                            + " files kept in .shift-left/cache/ under the project.")
    boolean noCache;

    Path root() {
        if (projectPath != null) {
            return projectPath;
        }
        String pipelines = System.getenv("PIPELINES");
        if (pipelines != null && !pipelines.isBlank()) {
            Path parent = Path.of(pipelines).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return Path.of(".");
    }

    /**
     * Scans the project, through its analysis cache unless {@code --no-cache}; the cache is saved
     * when it changed, and a cache that cannot be saved (a read-only checkout) is skipped silently.
     */
    Project scan() {
        cache = null;
        ScanOptions options = new ScanOptions(!dropUnknownReferences, "common");
        if (noCache) {
            return new ProjectScanner(new SqlAnalyzer(), options)
                    .scan(root(), ConsoleProgress.forConsole());
        }
        cache = AnalysisCache.forProject(root());
        Project project =
                new ProjectScanner(new SqlAnalyzer(), options, cache)
                        .scan(root(), ConsoleProgress.forConsole());
        saveCache();
        return project;
    }

    /** The cache of the last {@link #scan()} (one in memory with {@code --no-cache}). */
    AnalysisCache cache() {
        return cache == null ? AnalysisCache.inMemory() : cache;
    }

    /**
     * Saves the cache when it changed (after a scan, and again after writing metadata files, whose
     * stats it records); a cache that cannot be saved (a read-only checkout) is skipped silently.
     */
    void saveCache() {
        if (cache == null) {
            return;
        }
        try {
            cache.save();
        } catch (UncheckedIOException e) {
            // the cache only saves time: without it the next run analyses everything again
        }
    }

    /**
     * Scans the project; a folder without {@code pipelines/}, or a configuration file that is
     * missing or not YAML, is a usage error.
     */
    Project scan(CommandLine.Model.CommandSpec spec) {
        try {
            config();
            return scan();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Scans the project, or prints its errors to stderr and returns nothing. */
    Optional<Project> scanWithoutErrors(CommandLine.Model.CommandSpec spec) {
        Project project = scan(spec);
        return Problems.reportErrors(project, spec.commandLine().getErr())
                ? Optional.empty()
                : Optional.of(project);
    }

    /** The shift_left configuration in effect; a named file that is missing is a usage error. */
    ShiftLeftConfig config() {
        if (resolvedConfig == null) {
            resolvedConfig = ShiftLeftConfig.resolve(config, root(), System.getenv());
        }
        return resolvedConfig;
    }

    /** The configuration once read; every command reads the file at most once. */
    private ShiftLeftConfig resolvedConfig;

    ShiftLeftNaming naming() {
        ShiftLeftConfig file = config();
        return new ShiftLeftNaming(
                NamingSettings.of(
                        clusterType != null ? clusterType : file.clusterType().orElse("dev"),
                        region != null
                                ? region
                                : file.region().orElse(NamingSettings.DEFAULT_REGION)));
    }

    StatementNamer namer() {
        ShiftLeftNaming naming = naming();
        return new StatementNamer() {
            @Override
            public String ddlStatementName(io.shiftleft.pipeline.model.TableNode table) {
                return naming.ddlStatementName(table);
            }

            @Override
            public String dmlStatementName(io.shiftleft.pipeline.model.TableNode table) {
                return naming.dmlStatementName(table);
            }
        };
    }
}
