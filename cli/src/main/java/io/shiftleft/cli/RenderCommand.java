package io.shiftleft.cli;

import io.shiftleft.pipeline.adapt.AdaptedSql;
import io.shiftleft.pipeline.adapt.EnvironmentConfigException;
import io.shiftleft.pipeline.adapt.EnvironmentsFile;
import io.shiftleft.pipeline.adapt.RenderedFile;
import io.shiftleft.pipeline.adapt.RenderedTable;
import io.shiftleft.pipeline.adapt.SqlAdapter;
import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.adapt.TableContext;
import io.shiftleft.pipeline.adapt.TableRenderer;
import io.shiftleft.pipeline.adapt.TargetEnvironment;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.TableName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pipeline render}: the exact SQL that would be submitted for a table (or one SQL file) on a
 * target environment, after the environment's rules. Reads files, writes nothing.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description =
                "Print the SQL that would be submitted for a table on an environment: its DDL and"
                        + " DML after the environment's rules (connector options, Confluent Cloud"
                        + " clauses removed, replacements). What changed goes to stderr.")
final class RenderCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(
            names = {"--env", "-e"},
            required = true,
            paramLabel = "ENV",
            description =
                    "Target environment: one of the environments file, or the built-in local.")
    String env;

    @Option(
            names = "--environments",
            paramLabel = "FILE",
            description =
                    "Environments file (default: environments.yaml in the project path when it"
                            + " exists; local is built in).")
    Path environmentsFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** What to render: a table of the project, or one file. */
    static final class Source {
        @Option(
                names = {"--table-name", "-t"},
                paramLabel = "TABLE",
                description = "A table of the project.")
        String table;

        @Option(
                names = "--file",
                paramLabel = "FILE",
                description =
                        "One SQL file (- for stdin): a DDL if it creates a table, else a DML.")
        String file;
    }

    @ArgGroup(exclusive = true)
    Only only;

    /** One of the table's two statements only. */
    static final class Only {
        @Option(names = "--ddl-only", description = "Only the table's DDL.")
        boolean ddl;

        @Option(names = "--dml-only", description = "Only the table's DML.")
        boolean dml;
    }

    @Option(names = "--json", description = "Print statements, changes and warnings as JSON.")
    boolean json;

    @Option(
            names = {"--quiet", "-q"},
            description = "Do not print what changed on stderr.")
    boolean quiet;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SqlAdapter adapter;
        try {
            TargetEnvironment target =
                    EnvironmentsFile.resolve(environmentsFile, project.root()).get(env);
            adapter = SqlAdapter.forEnvironment(target);
        } catch (EnvironmentConfigException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String table = source.table;
        List<RenderedFile> files = new ArrayList<>();
        boolean external = false;
        try {
            if (source.file != null) {
                RenderedFile file = renderFile(adapter);
                files.add(file);
                table = tableOf(file.sql().original());
            } else {
                RenderedTable rendered = renderTable(adapter);
                external = rendered.external();
                rendered.ddl().filter(f -> only == null || only.ddl).ifPresent(files::add);
                rendered.dml().filter(f -> only == null || only.dml).ifPresent(files::add);
            }
        } catch (IllegalStateException e) { // a rule failed: its message names rule and table
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.PROJECT_ERRORS;
        }
        if (json) {
            print(json(adapter.environment(), table, external, files));
        } else {
            printText(table, external, files);
        }
        spec.commandLine().getOut().flush(); // the SQL first, then the notes on stderr
        printNotes(files);
        return ExitCodes.OK;
    }

    private RenderedTable renderTable(SqlAdapter adapter) {
        Project scanned = project.scan(spec);
        try {
            return new TableRenderer(adapter).render(scanned, source.table);
        } catch (UnknownTableException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private RenderedFile renderFile(SqlAdapter adapter) {
        String sql;
        try {
            sql =
                    source.file.equals("-")
                            ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                            : Files.readString(Path.of(source.file));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--file: cannot read " + source.file + ": " + e.getMessage());
        }
        SqlAnalysis analysis = new SqlAnalyzer().analyze(sql, source.file);
        StatementRole role = analysis.kind().isDdl() ? StatementRole.DDL : StatementRole.DML;
        String table = analysis.mainTarget().map(TableName::name).orElse("");
        AdaptedSql adapted = adapter.adapt(sql, role, TableContext.of(table));
        return new RenderedFile(source.file, role, adapted);
    }

    private static String tableOf(String sql) {
        return new SqlAnalyzer().analyze(sql, "").mainTarget().map(TableName::name).orElse("");
    }

    /** The SQL alone for one statement; with a comment line before each when there are two. */
    private void printText(String table, boolean external, List<RenderedFile> files) {
        PrintWriter out = spec.commandLine().getOut();
        if (external) {
            spec.commandLine()
                    .getErr()
                    .println(table + " is an external table: nothing is deployed for it.");
        } else if (files.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(table + " has no " + (only != null && only.ddl ? "DDL" : "DML") + ".");
        }
        for (RenderedFile file : files) {
            if (files.size() > 1) {
                out.println(
                        "-- " + file.role() + " of " + table + " (" + file.file() + ") on " + env);
            }
            String sql = file.sql().sql();
            out.print(sql.endsWith("\n") ? sql : sql + "\n");
        }
        out.flush();
    }

    private void printNotes(List<RenderedFile> files) {
        PrintWriter err = spec.commandLine().getErr();
        for (RenderedFile file : files) {
            for (String warning : file.sql().warnings()) {
                err.println("warning: " + file.file() + ": " + warning);
            }
            if (!quiet && !json) {
                for (String change : file.sql().changes()) {
                    err.println(file.role() + ": " + change);
                }
            }
        }
        err.flush();
    }

    private static String json(
            TargetEnvironment target, String table, boolean external, List<RenderedFile> files) {
        ObjectNode root = Problems.JSON.createObjectNode();
        root.put("environment", target.name());
        root.put("platform", target.platform().id());
        root.put("table", table);
        root.put("external", external);
        ArrayNode statements = root.putArray("statements");
        for (RenderedFile file : files) {
            ObjectNode n = statements.addObject();
            n.put("role", file.role().name());
            n.put("file", file.file());
            n.put("changed", file.sql().changed());
            n.put("sql", file.sql().sql());
            ArrayNode changes = n.putArray("changes");
            file.sql().changes().forEach(changes::add);
            ArrayNode warnings = n.putArray("warnings");
            file.sql().warnings().forEach(warnings::add);
        }
        return Problems.JSON.writeValueAsString(root);
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }
}
