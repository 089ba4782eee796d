package io.shiftleft.cli;

import io.shiftleft.pipeline.cache.MetadataWriter;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import java.util.Optional;
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
            Optional<Project> scanned = project.scanWithoutErrors(spec);
            if (scanned.isEmpty()) {
                return ExitCodes.PROJECT_ERRORS;
            }
            MetadataWriter.Result result = MetadataWriter.writeInventory(scanned.get());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s %d tables in pipelines/inventory.json%n",
                            result.written() > 0 ? "Wrote" : "Unchanged:",
                            ProjectMetadata.inventory(scanned.get()).size());
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
            Optional<Project> scanned = project.scanWithoutErrors(spec);
            if (scanned.isEmpty()) {
                return ExitCodes.PROJECT_ERRORS;
            }
            MetadataWriter.Result result =
                    MetadataWriter.writeChanged(scanned.get(), project.cache());
            project.saveCache();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Wrote %d metadata files, %d unchanged%n",
                            result.written(), result.unchanged());
            return ExitCodes.OK;
        }
    }
}
