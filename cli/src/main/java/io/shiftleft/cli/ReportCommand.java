package io.shiftleft.cli;

import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.report.HierarchyReport;
import io.shiftleft.pipeline.report.ReportFiles;
import io.shiftleft.pipeline.report.ReportFormat;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pipeline report <table>}: the static hierarchy of a table (shift_left's {@code pipeline
 * report}) as text, nested JSON or YAML, Mermaid or Graphviz DOT. Reads the current SQL, writes
 * nothing but the optional output file.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Show a table's ancestors (and, with --children-too, its descendants) as a tree,"
                        + " shift_left's nested JSON or YAML, a Mermaid flowchart or a Graphviz"
                        + " digraph. Built from the current SQL.")
final class ReportCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table to report on.")
    String tableName;

    @Option(
            names = {"--children-too", "--descendants"},
            description = "Add the table's descendants.")
    boolean descendants;

    @ArgGroup(exclusive = true)
    Format format;

    static final class Format {
        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                converter = FormatConverter.class,
                description = "text (default), json, yaml, mermaid or dot.")
        ReportFormat format;

        @Option(names = "--json", description = "Same as --format json.")
        boolean json;

        @Option(names = "--yaml", description = "Same as --format yaml.")
        boolean yaml;

        ReportFormat value() {
            if (json) {
                return ReportFormat.JSON;
            }
            if (yaml) {
                return ReportFormat.YAML;
            }
            return format == null ? ReportFormat.TEXT : format;
        }
    }

    @Option(
            names = "--output-file",
            paramLabel = "FILE",
            description = "Write the report to this file (replaced atomically) instead of stdout.")
    Path outputFile;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Project> found = project.scanWithoutErrors(spec);
        if (found.isEmpty()) {
            return ExitCodes.PROJECT_ERRORS;
        }
        Project scanned = found.get();
        HierarchyReport report;
        try {
            report = HierarchyReport.of(scanned, tableName, descendants);
        } catch (UnknownTableException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String text = report.render(format == null ? ReportFormat.TEXT : format.value());
        if (outputFile == null) {
            out.print(text);
        } else {
            try {
                ReportFiles.writeAtomically(outputFile, text);
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            out.printf(
                    "Wrote the report of %s (%d tables) to %s%n",
                    tableName, report.tables().size(), outputFile);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@link ReportFormat} by name, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
