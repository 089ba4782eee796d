package io.shiftleft.cli;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.cache.MetadataWriter;
import io.shiftleft.pipeline.generate.GeneratedProject;
import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.plan.ComputePoolResolver;
import io.shiftleft.pipeline.plan.ExecutionPlan;
import io.shiftleft.pipeline.plan.ExecutionPlanner;
import io.shiftleft.pipeline.plan.PlanOptions;
import io.shiftleft.pipeline.plan.PlanScope;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectValidator;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code bench}: generates a project and measures the offline work on it, each phase in a fresh JVM
 * (so "cold" means a JVM that has parsed nothing yet, an absent analysis cache and no metadata
 * files; the operating system's file cache holds the SQL files, which were just written and then
 * flushed to disk):
 *
 * <ol>
 *   <li>cold: scan (parse every SQL file), validate, write every metadata file, save the cache;
 *   <li>unchanged: the same again with nothing changed (cache hits, no file written);
 *   <li>plans: a set of execution plans (several scopes and flags), each timed alone.
 * </ol>
 *
 * Each fresh JVM gets this JVM's heap and {@code -XX} options; it prints its measures as one JSON
 * line, which this command reads. Peak heap is the sum of the heap pools' peaks (an upper bound of
 * the true peak).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Generate a project and measure, each in a fresh JVM: a cold scan + validate +"
                        + " write all metadata, the same with nothing changed (cache), and the"
                        + " slowest of a set of execution plans; with wall times and peak heap.")
public final class BenchCommand implements Callable<Integer> {

    static final long COLD_TARGET_MILLIS = 10_000;
    static final long UNCHANGED_TARGET_MILLIS = 1_000;
    static final long PLAN_TARGET_MILLIS = 200;
    static final long HEAP_TARGET_BYTES = 1L << 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PLAN_REPEATS = 5;

    /** What one run measures. */
    enum Phase {
        cold,
        unchanged,
        plans
    }

    @Option(
            names = "--tables",
            defaultValue = "10000",
            description = "Number of tables (default: ${DEFAULT-VALUE}).")
    int tables;

    @Option(
            names = "--products",
            defaultValue = "20",
            description = "Number of products (default: ${DEFAULT-VALUE}, at most --tables).")
    int products;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the measures as JSON.")
    boolean json;

    @Option(
            names = "--in-process",
            description = "Run every phase in this JVM (quicker, but then nothing is cold).")
    boolean inProcess;

    @Option(
            names = "--work-dir",
            description =
                    "Generate the project under this folder and keep it (default: a temporary"
                            + " folder, deleted at the end).")
    Path workDir;

    @Option(names = "--phase", hidden = true, description = "Run one phase (internal).")
    Phase phase;

    @Option(names = "--project", hidden = true, description = "The project of --phase.")
    Path project;

    @Spec CommandLine.Model.CommandSpec spec;

    /** Entry point of the fresh JVMs. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (phase != null) {
            out.println(JSON.writeValueAsString(run(phase, project)));
            out.flush();
            return ExitCodes.OK;
        }
        GeneratorSettings settings;
        try {
            boolean productsGiven =
                    spec.commandLine().getParseResult().hasMatchedOption("--products");
            settings =
                    new GeneratorSettings(
                            tables, productsGiven ? products : Math.min(products, tables), seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path work = workDir != null ? workDir : Files.createTempDirectory("shift-left-bench");
        Path root = work.resolve("project-" + settings.tables() + "-" + settings.seed());
        try {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("tables", settings.tables());
            report.put("products", settings.products());
            report.put("seed", settings.seed());
            report.put("fresh_jvm_per_phase", !inProcess);
            report.put("jvm_options", String.join(" ", jvmOptions()));
            report.put("processors", Runtime.getRuntime().availableProcessors());
            report.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
            report.put("java", System.getProperty("java.vm.version"));
            report.put(
                    "load_average_at_start",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            report.put("project", root.toString());
            long start = System.nanoTime();
            GeneratedProject generated;
            try {
                generated = new ProjectGenerator(settings).generate(root);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            report.put("generate_millis", millisSince(start));
            report.put("edges", generated.edges());
            report.put("cross_product_edges", generated.crossProductEdges());
            flushFileSystems();
            List<Map<String, Object>> phases = new ArrayList<>();
            for (Phase p : Phase.values()) {
                phases.add(inProcess ? inThisJvm(p, root) : inFreshJvm(p, root));
            }
            report.put("phases", phases);
            report.put("targets", targets(phases));
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                print(report, out);
            }
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (workDir == null) {
                deleteRecursively(work);
            }
        }
    }

    /**
     * Lets the operating system write the generated files out before the cold run, so that the cold
     * run's own flushes do not wait behind them (best effort: {@code sync} where there is one).
     */
    private static void flushFileSystems() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: the cold run may then include some of the generator's writes
        }
    }

    /** Runs a phase here, with the heap peaks and GC counters reset first. */
    private static Map<String, Object> inThisJvm(Phase phase, Path root) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return run(phase, root);
    }

    /** Runs a phase in a new JVM started like this one, and adds the process's wall time. */
    private Map<String, Object> inFreshJvm(Phase phase, Path root)
            throws IOException, InterruptedException {
        List<String> command = javaCommand();
        command.addAll(List.of("--phase", phase.name(), "--project", root.toString()));
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long processMillis = millisSince(start);
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        if (exit != 0 || !last.startsWith("{")) {
            throw new IllegalStateException(
                    "The " + phase + " run failed (exit " + exit + "): " + output.strip());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = JSON.readValue(last, LinkedHashMap.class);
        result.put("process_millis", processMillis);
        return result;
    }

    /**
     * The command that starts this class in a new JVM, with this JVM's {@code -Xm…}, {@code -Xs…}
     * and {@code -XX:} options: from the executable jar through Spring Boot's properties launcher,
     * else on this class path.
     */
    static List<String> javaCommand() {
        String java =
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions());
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        boolean executableJar =
                BenchCommand.class.getClassLoader() != ClassLoader.getSystemClassLoader()
                        && classPath.endsWith(".jar")
                        && !classPath.contains(File.pathSeparator);
        if (executableJar) {
            command.add("-Dloader.main=" + BenchCommand.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(BenchCommand.class.getName());
        }
        return command;
    }

    /** This JVM's {@code -Xm…}, {@code -Xs…} and {@code -XX:} options, which every phase gets. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xm") || option.startsWith("-Xs") || option.startsWith("-XX:")) {
                options.add(option);
            }
        }
        return options;
    }

    /** Runs one phase on the project and returns its measures. */
    static Map<String, Object> run(Phase phase, Path root) {
        GcCounters before = GcCounters.now();
        long start = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("phase", phase.name());
        AnalysisCache cache = AnalysisCache.forProject(root);
        Project scanned =
                new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults(), cache).scan(root);
        long scannedAt = System.nanoTime();
        result.put("scan_millis", (scannedAt - start) / 1_000_000);
        if (phase == Phase.plans) {
            List<Map<String, Object>> plans = plans(scanned);
            result.put(
                    "millis",
                    plans.stream().mapToLong(p -> number(p, "first_millis")).max().orElse(0));
            result.put("plans", plans);
        } else {
            List<ProjectProblem> problems = ProjectValidator.validate(scanned);
            long validatedAt = System.nanoTime();
            long errors =
                    problems.stream()
                            .filter(p -> p.severity() == ProjectProblem.Severity.ERROR)
                            .count();
            MetadataWriter.Result written =
                    errors == 0
                            ? MetadataWriter.writeChanged(scanned, cache)
                            : new MetadataWriter.Result(0, 0);
            long writtenAt = System.nanoTime();
            boolean saved = cache.save();
            result.put("millis", millisSince(start));
            result.put("validate_millis", (validatedAt - scannedAt) / 1_000_000);
            result.put("write_millis", (writtenAt - validatedAt) / 1_000_000);
            result.put("tables", scanned.tables().size());
            result.put("errors", errors);
            result.put("warnings", problems.size() - errors);
            result.put("files_written", written.written());
            result.put("files_unchanged", written.unchanged());
            AnalysisCache.Stats stats = cache.stats();
            result.put("cache", stats.load().name());
            result.put("cache_hits", stats.hits());
            result.put("cache_misses", stats.misses());
            result.put("cache_saved", saved);
            result.put("files_not_read", cache.files().served());
        }
        result.put("peak_heap_bytes", peakHeap());
        GcCounters gc = GcCounters.now().minus(before);
        result.put("gc_count", gc.count());
        result.put("gc_millis", gc.millis());
        return result;
    }

    /** A plan request of the bench. */
    private record PlanCase(
            String label, PlanScope scope, PlanOptions options, RunningState running) {}

    /**
     * Times each plan of a set chosen on the project: the first run (what one CLI call costs) and
     * the best of {@value #PLAN_REPEATS} runs after it.
     */
    private static List<Map<String, Object>> plans(Project scanned) {
        TableGraph graph = scanned.requireGraph();
        ShiftLeftNaming naming = new ShiftLeftNaming(NamingSettings.of("dev", "us-west-2"));
        StatementNamer namer =
                new StatementNamer() {
                    @Override
                    public String ddlStatementName(TableNode table) {
                        return naming.ddlStatementName(table);
                    }

                    @Override
                    public String dmlStatementName(TableNode table) {
                        return naming.dmlStatementName(table);
                    }
                };
        ExecutionPlanner planner =
                new ExecutionPlanner(
                        graph,
                        namer,
                        ComputePoolResolver.none(),
                        node -> scanned.tables().get(node.tableName()).sqlHash());
        List<Map<String, Object>> results = new ArrayList<>();
        for (PlanCase c : planCases(graph)) {
            long start = System.nanoTime();
            ExecutionPlan plan = planner.plan(c.scope(), c.options(), c.running());
            long first = millisSince(start);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < PLAN_REPEATS; i++) {
                long again = System.nanoTime();
                planner.plan(c.scope(), c.options(), c.running());
                best = Math.min(best, millisSince(again));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("plan", c.label());
            result.put("first_millis", first);
            result.put("best_millis", best);
            result.put("steps", plan.steps().size());
            result.put(
                    "acting_steps", plan.steps().stream().filter(s -> s.action().acts()).count());
            results.add(result);
        }
        return results;
    }

    /**
     * Plans with small and large reach: a widely read source restarted with its descendants, the
     * deepest table with all its ancestors, a whole product, the folder of that product's sources
     * with a cascade across products, the whole project, and a DML-only table list.
     */
    private static List<PlanCase> planCases(TableGraph graph) {
        List<TableNode> own = graph.nodes().values().stream().filter(n -> !n.isExternal()).toList();
        TableNode source =
                own.stream()
                        .filter(n -> n.type() == TableType.SOURCE)
                        .sorted(
                                Comparator.comparingInt((TableNode n) -> -n.children().size())
                                        .thenComparing(TableNode::tableName))
                        .limit(5)
                        .max(
                                Comparator.comparingInt(
                                        (TableNode n) -> graph.descendants(n.tableName()).size()))
                        .orElse(own.get(0));
        TableNode deepest =
                own.stream()
                        .max(
                                Comparator.comparingInt((TableNode n) -> graph.depth(n.tableName()))
                                        .thenComparing(TableNode::tableName))
                        .orElseThrow();
        String product = source.productName();
        List<String> facts =
                own.stream()
                        .filter(n -> n.type() == TableType.FACT)
                        .map(TableNode::tableName)
                        .limit(3)
                        .toList();
        RunningState none = RunningState.none();
        RunningState all =
                RunningState.runningTables(own.stream().map(TableNode::tableName).toList());
        String sourcesFolder = source.folder().substring(0, source.folder().lastIndexOf('/'));
        List<PlanCase> cases = new ArrayList<>();
        cases.add(
                new PlanCase(
                        "table " + source.tableName() + " --may-start-descendants, all running",
                        new PlanScope.Table(source.tableName()),
                        options(true, false, false, false),
                        all));
        cases.add(
                new PlanCase(
                        "table "
                                + source.tableName()
                                + " --may-start-descendants"
                                + " --cross-product-deployment, all running",
                        new PlanScope.Table(source.tableName()),
                        options(true, false, false, true),
                        all));
        cases.add(
                new PlanCase(
                        "table " + deepest.tableName() + ", nothing running",
                        new PlanScope.Table(deepest.tableName()),
                        options(false, false, false, false),
                        none));
        cases.add(
                new PlanCase(
                        "table " + deepest.tableName() + " --force-ancestors, all running",
                        new PlanScope.Table(deepest.tableName()),
                        options(false, true, false, false),
                        all));
        cases.add(
                new PlanCase(
                        "product " + product + ", nothing running",
                        new PlanScope.Product(product),
                        options(false, false, false, false),
                        none));
        cases.add(
                new PlanCase(
                        "product "
                                + product
                                + " --may-start-descendants --cross-product-deployment,"
                                + " nothing running",
                        new PlanScope.Product(product),
                        options(true, false, false, true),
                        none));
        cases.add(
                new PlanCase(
                        "dir "
                                + sourcesFolder
                                + " --may-start-descendants"
                                + " --cross-product-deployment, nothing running",
                        new PlanScope.Directory(sourcesFolder),
                        options(true, false, false, true),
                        none));
        cases.add(
                new PlanCase(
                        "dir pipelines (every table) --may-start-descendants"
                                + " --cross-product-deployment, nothing running",
                        new PlanScope.Directory("pipelines"),
                        options(true, false, false, true),
                        none));
        if (!facts.isEmpty()) {
            cases.add(
                    new PlanCase(
                            "table list of " + facts.size() + " facts --dml-only, all running",
                            new PlanScope.TableList(facts),
                            options(false, false, true, false),
                            all));
        }
        return cases;
    }

    private static PlanOptions options(
            boolean mayStartDescendants,
            boolean forceAncestors,
            boolean dmlOnly,
            boolean crossProduct) {
        return new PlanOptions(
                mayStartDescendants,
                forceAncestors,
                dmlOnly,
                crossProduct,
                Set.of(),
                null,
                Set.of("common", "seeds"));
    }

    /** Each target with the measure it is judged on and whether it is met. */
    private static List<Map<String, Object>> targets(List<Map<String, Object>> phases) {
        List<Map<String, Object>> targets = new ArrayList<>();
        long peak = 0;
        for (Map<String, Object> p : phases) {
            peak = Math.max(peak, number(p, "peak_heap_bytes"));
            String name = (String) p.get("phase");
            long limit =
                    switch (Phase.valueOf(name)) {
                        case cold -> COLD_TARGET_MILLIS;
                        case unchanged -> UNCHANGED_TARGET_MILLIS;
                        case plans -> PLAN_TARGET_MILLIS;
                    };
            targets.add(target(name, number(p, "millis"), limit, "ms"));
        }
        targets.add(target("peak heap", peak >> 20, HEAP_TARGET_BYTES >> 20, "MiB"));
        return targets;
    }

    private static Map<String, Object> target(String name, long value, long limit, String unit) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target", name);
        target.put("value", value);
        target.put("limit", limit);
        target.put("unit", unit);
        target.put("met", value <= limit);
        return target;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> report, PrintWriter out) {
        out.printf(
                "shift-left bench: %s tables over %s products (seed %s), %s edges (%s across"
                        + " products); generated in %s ms%n",
                report.get("tables"),
                report.get("products"),
                report.get("seed"),
                report.get("edges"),
                report.get("cross_product_edges"),
                report.get("generate_millis"));
        out.printf(
                "%s; %s processors, max heap %d MiB, Java %s, load average at start %.2f%n%n",
                Boolean.TRUE.equals(report.get("fresh_jvm_per_phase"))
                        ? "Each phase in a fresh JVM (options: " + report.get("jvm_options") + ")"
                        : "Every phase in this JVM (not cold)",
                report.get("processors"),
                number(report, "max_heap_bytes") >> 20,
                report.get("java"),
                ((Number) report.get("load_average_at_start")).doubleValue());
        out.printf(
                "%-10s %10s %10s %10s %10s %12s %10s  %s%n",
                "PHASE", "TIME", "SCAN", "VALIDATE", "WRITE", "JVM+PHASE", "PEAK HEAP", "NOTES");
        for (Map<String, Object> p : (List<Map<String, Object>>) report.get("phases")) {
            boolean plans = p.get("phase").equals(Phase.plans.name());
            out.printf(
                    "%-10s %10s %10s %10s %10s %12s %10s  %s%n",
                    p.get("phase"),
                    ms(p.get("millis")) + (plans ? "*" : ""),
                    ms(p.get("scan_millis")),
                    ms(p.get("validate_millis")),
                    ms(p.get("write_millis")),
                    ms(p.get("process_millis")),
                    (number(p, "peak_heap_bytes") >> 20) + " MiB",
                    plans
                            ? "* slowest first run of "
                                    + ((List<?>) p.get("plans")).size()
                                    + " plans"
                            : p.get("files_written")
                                    + " files written, "
                                    + p.get("files_unchanged")
                                    + " unchanged; cache "
                                    + p.get("cache")
                                    + ", "
                                    + p.get("cache_hits")
                                    + " hits, "
                                    + p.get("cache_misses")
                                    + " misses; "
                                    + p.get("files_not_read")
                                    + " files known unchanged; "
                                    + p.get("errors")
                                    + " errors");
            if (plans) {
                for (Map<String, Object> plan : (List<Map<String, Object>>) p.get("plans")) {
                    out.printf(
                            "    %6s first, %6s best  %5s steps  %s%n",
                            ms(plan.get("first_millis")),
                            ms(plan.get("best_millis")),
                            plan.get("steps"),
                            plan.get("plan"));
                }
            }
        }
        out.println();
        for (Map<String, Object> t : (List<Map<String, Object>>) report.get("targets")) {
            out.printf(
                    "target %-10s %8s %-3s (limit %s %s): %s%n",
                    t.get("target"),
                    t.get("value"),
                    t.get("unit"),
                    t.get("limit"),
                    t.get("unit"),
                    Boolean.TRUE.equals(t.get("met")) ? "met" : "MISSED");
        }
    }

    private static String ms(Object millis) {
        return millis == null ? "-" : millis + " ms";
    }

    private static long number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The sum of the heap pools' peak usage: an upper bound of the heap's peak. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private record GcCounters(long count, long millis) {
        static GcCounters now() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new GcCounters(count, millis);
        }

        GcCounters minus(GcCounters other) {
            return new GcCounters(count - other.count, millis - other.millis);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
