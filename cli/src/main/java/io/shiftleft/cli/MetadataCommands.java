package io.shiftleft.cli;

import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The commands that write shift_left's metadata files. Nothing is written when the project has
 * errors.
 */
final class MetadataCommands {

    private MetadataCommands() {}

    /** {@code table build-inventory}. */
    @Command(
            name = "build-inventory",
            mixinStandardHelpOptions = true,
            description = "Write pipelines/inventory.json from the project's SQL files.")
    static final class BuildInventory implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Project scanned = project.scan();
            if (Problems.reportErrors(scanned, spec.commandLine().getErr())) {
                return ExitCodes.PROJECT_ERRORS;
            }
            Path file = ProjectMetadata.writeInventory(scanned);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Wrote %d tables to %s%n",
                            ProjectMetadata.inventory(scanned).size(),
                            scanned.root().relativize(file));
            return ExitCodes.OK;
        }
    }

    /** {@code pipeline build-all-metadata}. */
    @Command(
            name = "build-all-metadata",
            mixinStandardHelpOptions = true,
            description =
                    "Write pipeline_definition.json in every table folder and the inventory, from"
                            + " the current SQL (stale parents and children disappear).")
    static final class BuildAll implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Project scanned = project.scan();
            if (Problems.reportErrors(scanned, spec.commandLine().getErr())) {
                return ExitCodes.PROJECT_ERRORS;
            }
            ProjectMetadata.writeInventory(scanned);
            int written = ProjectMetadata.writeDefinitions(scanned);
            spec.commandLine()
                    .getOut()
                    .printf("Wrote %d pipeline definitions and the inventory%n", written);
            return ExitCodes.OK;
        }
    }
}
