package io.shiftleft.cli;

import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every offline command shares: where the project is and how its statements are named. */
final class ProjectOptions {

    @Option(
            names = "--project-path",
            description =
                    "The folder that contains pipelines/ (default: the parent of $PIPELINES, else"
                            + " the current folder).")
    Path projectPath;

    @Option(
            names = "--cluster-type",
            defaultValue = "dev",
            description = "Environment prefix of statement names (default: ${DEFAULT-VALUE}).")
    String clusterType;

    @Option(
            names = "--region",
            defaultValue = NamingSettings.DEFAULT_REGION,
            description = "Region abbreviated in statement names (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(
            names = "--drop-unknown-references",
            description =
                    "Drop tables that SQL reads but no folder defines, instead of treating them as"
                            + " external topics (shift_left's default).")
    boolean dropUnknownReferences;

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

    Project scan() {
        ScanOptions options = new ScanOptions(!dropUnknownReferences, "common");
        return new ProjectScanner(new SqlAnalyzer(), options).scan(root());
    }

    ShiftLeftNaming naming() {
        return new ShiftLeftNaming(NamingSettings.of(clusterType, region));
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
