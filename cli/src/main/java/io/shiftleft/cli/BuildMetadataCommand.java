package io.shiftleft.cli;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import io.shiftleft.pipeline.project.ProjectTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pipeline build-metadata <dml file>}: shift_left's single-table metadata build, without its
 * union-only merge. The {@code pipeline_definition.json} of the file's table and of each of its
 * direct parents and children is rewritten whole from the current SQL, so the neighbour lists of
 * the files written agree with each other and stale entries disappear. External tables have no
 * file. Nothing is written when the project has errors.
 */
@Command(
        name = "build-metadata",
        mixinStandardHelpOptions = true,
        description =
                "Write pipeline_definition.json of the table a DML file fills and of its direct"
                        + " parents and children, whole from the current SQL.")
final class BuildMetadataCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(
            index = "0",
            paramLabel = "DML_FILE",
            description =
                    "The table's DML file: absolute, relative to the project path, or relative to"
                            + " the current folder.")
    Path dmlFile;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Project> found = project.scanWithoutErrors(spec);
        if (found.isEmpty()) {
            return ExitCodes.PROJECT_ERRORS;
        }
        Project scanned = found.get();
        TableGraph graph = scanned.requireGraph();
        TableNode table = graph.require(tableOf(scanned));
        Set<String> written = new LinkedHashSet<>();
        written.add(table.tableName());
        written.addAll(table.parents());
        written.addAll(table.children());
        List<String> files = new ArrayList<>();
        for (String name : written) {
            TableNode node = graph.require(name);
            if (node.isExternal()) {
                continue;
            }
            Path file =
                    scanned.root().resolve(node.folder()).resolve(PipelineDefinitionFile.FILE_NAME);
            PipelineDefinitionFile.write(file, ProjectMetadata.definition(scanned, name));
            files.add(scanned.root().relativize(file).toString());
        }
        files.forEach(f -> out.println("Wrote " + f));
        out.printf(
                "Wrote %d pipeline definitions: %s, %d parent(s), %d child(ren)%n",
                files.size(), table.tableName(), table.parents().size(), table.children().size());
        out.flush();
        return ExitCodes.OK;
    }

    /** The name of the table whose DML the file is, or a usage error naming the file. */
    private String tableOf(Project scanned) {
        Path root = scanned.root();
        List<Path> candidates = new ArrayList<>();
        if (dmlFile.isAbsolute()) {
            candidates.add(dmlFile);
        } else {
            candidates.add(root.resolve(dmlFile));
            candidates.add(dmlFile.toAbsolutePath());
        }
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            Path file = real(candidate);
            for (ProjectTable t : scanned.tables().values()) {
                String dml = t.node().dmlRef();
                if (!dml.isEmpty() && real(root.resolve(dml)).equals(file)) {
                    return t.node().tableName();
                }
            }
        }
        boolean exists = candidates.stream().anyMatch(Files::isRegularFile);
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                exists
                        ? "'"
                                + dmlFile
                                + "' is not the DML file of a table of the project in "
                                + root
                        : "No file '" + dmlFile + "' (looked in " + root + " and here)");
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
