package io.shiftleft.cli;

import io.shiftleft.pipeline.generate.GeneratedProject;
import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import io.shiftleft.pipeline.model.TableType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a realistic synthetic project, for benchmarks, demos and tests. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Write a realistic project in shift_left's layout: N tables over P products in"
                        + " layers (sources, intermediates, dimensions, facts, views), each reading"
                        + " 1-3 tables of lower layers, with joins, aggregations, windows and CTEs."
                        + " The same seed always gives the same files.")
final class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--tables",
            defaultValue = "1000",
            description = "Number of tables (default: ${DEFAULT-VALUE}).")
    int tables;

    @Option(
            names = "--products",
            defaultValue = "20",
            description =
                    "Number of data products, at most --tables (default: ${DEFAULT-VALUE}, or"
                            + " --tables if fewer).")
    int products;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--output",
            required = true,
            description = "The project folder to create; it must not hold a pipelines/ folder yet.")
    Path output;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        GeneratorSettings settings;
        GeneratedProject project;
        try {
            boolean productsGiven =
                    spec.commandLine().getParseResult().hasMatchedOption("--products");
            settings =
                    new GeneratorSettings(
                            tables, productsGiven ? products : Math.min(products, tables), seed);
            project = new ProjectGenerator(settings).generate(output);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Wrote %d tables over %d products to %s in %d ms%n",
                project.tables().size(), settings.products(), output, millis);
        out.printf("  %s%n", describe(project.tablesByType()));
        out.printf(
                "  %d edges (%d across products), %d external raw topics, %d .properties files%n",
                project.edges(),
                project.crossProductEdges(),
                project.externals().size(),
                project.propertiesFiles());
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(Map<TableType, Integer> byType) {
        StringBuilder text = new StringBuilder();
        for (TableType type :
                new TableType[] {
                    TableType.SOURCE,
                    TableType.INTERMEDIATE,
                    TableType.DIMENSION,
                    TableType.FACT,
                    TableType.VIEW
                }) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(byType.getOrDefault(type, 0)).append(' ').append(type.jsonName());
        }
        return text.toString();
    }
}
