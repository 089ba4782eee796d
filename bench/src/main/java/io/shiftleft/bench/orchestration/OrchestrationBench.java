package io.shiftleft.bench.orchestration;

import io.shiftleft.schemas.testing.TestSchemaRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The orchestration overhead of shift-left: a deploy request for a generated project of about
 * {@code --statements} statements goes to the planner, which plans it and runs it as a saga through
 * Kafka; the deployer executes every command on the fake Confluent Cloud, which answers with no
 * delay, so the time measured is the services' own. The planner and the deployer run from their
 * executable jars in JVMs of their own, as deployed (both are Spring Boot applications repackaged
 * with their own classpaths, which one JVM could not hold side by side); Kafka and the fake run in
 * this JVM, PostgreSQL and the schema registry as its children. See {@code docs/performance.md}.
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests -Pbenchmarks
 * java -cp bench/target/benchmarks.jar io.shiftleft.bench.orchestration.OrchestrationBench \
 *     --statements 1000 --parallel 16,64
 * </pre>
 */
public final class OrchestrationBench {

    private static final Duration STALLED = Duration.ofMinutes(2);

    private final BenchOptions options;
    private final PrintStream out;

    private OrchestrationBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new OrchestrationBench(options, System.out).run());
    }

    private int run() throws Exception {
        Path repo = options.repository() != null ? options.repository() : repositoryRoot();
        Path work =
                options.workDir() != null
                        ? Files.createDirectories(options.workDir())
                        : Files.createTempDirectory("shift-left-orchestration");
        out.printf("machine: %s%n", CpuAccounting.machine());
        out.printf("load average at the start: %s%n", CpuAccounting.loadAverage());
        out.printf("working folder: %s%n", work);
        out.printf("services: the jars in %s/{planner,deployer}-service/target%n", repo);
        try {
            BenchProject generated =
                    BenchProject.generate(
                            work.resolve("project"),
                            options.statements(),
                            options.products(),
                            options.seed());
            out.printf(
                    "project: %d tables over %d products (seed %d), %d DDL + DML files%n",
                    generated.tables(), options.products(), options.seed(), generated.sqlFiles());
            Path project = generated.root();
            try (BenchServers servers =
                    BenchServers.start(
                            options,
                            work,
                            repositoryRoot().resolve("bench/target/test-registry"))) {
                return measure(repo, work, project, servers);
            }
        } finally {
            if (!options.keep() && options.workDir() == null) {
                delete(work);
            }
        }
    }

    private int measure(Path repo, Path work, Path project, BenchServers servers)
            throws SQLException, IOException {
        List<String> plannerArgs = ServiceArguments.planner(options, servers, project);
        List<String> deployerArgs = ServiceArguments.deployer(options, servers);
        out.printf(
                "starting the planner and the deployer (%s; deployer.workers=%d)%n",
                String.join(" ", options.serviceJvm()), options.workers());
        try (ServiceProcess planner =
                        ServiceProcess.start(
                                "planner",
                                jar(repo, work, "planner-service"),
                                options.serviceJvm(),
                                TestSchemaRegistry.freePort(),
                                plannerArgs,
                                work.resolve("logs/planner.log"));
                ServiceProcess deployer =
                        ServiceProcess.start(
                                "deployer",
                                jar(repo, work, "deployer-service"),
                                options.serviceJvm(),
                                TestSchemaRegistry.freePort(),
                                deployerArgs,
                                work.resolve("logs/deployer.log"));
                Connection plannerDb = DriverManager.getConnection(servers.jdbcUrl("planner"));
                Connection deployerDb = DriverManager.getConnection(servers.jdbcUrl("deployer"))) {
            planner.awaitReady(Duration.ofMinutes(3));
            deployer.awaitReady(Duration.ofMinutes(3));
            out.printf("services ready; logs in %s%n", work.resolve("logs"));
            CpuAccounting cpu = new CpuAccounting();
            cpu.part("planner", () -> OptionalLong.of(planner.pid()), false);
            cpu.part("deployer", () -> OptionalLong.of(deployer.pid()), false);
            cpu.part("PostgreSQL", servers::postmasterPid, true);
            cpu.part(
                    "Kafka + fake (bench JVM)",
                    () -> OptionalLong.of(ProcessHandle.current().pid()),
                    false);
            Runs runs = new Runs(servers, planner, deployer, plannerDb, deployerDb, cpu);
            for (int i = 1; i <= options.warmups(); i++) {
                RunReport warm =
                        runs.once(
                                "warm-up " + i,
                                ServiceArguments.warmup(i),
                                options.parallel().get(0),
                                null);
                out.printf(
                        "warm-up %d: %s, %d statements, %.1f s, %.2f ms a statement%n",
                        i,
                        warm.timeline().status(),
                        warm.statements(),
                        warm.wallMillis() / 1000,
                        warm.overheadPerStatement());
            }
            List<RunReport> reports = new ArrayList<>();
            boolean allSucceeded = true;
            // Round after round over the values, so that none gets only the least warm JVMs.
            for (int r = 1; r <= options.runs(); r++) {
                for (int parallel : options.parallel()) {
                    String label = "parallel " + parallel + ", run " + r;
                    RunReport report =
                            runs.once(
                                    label,
                                    ServiceArguments.measured(reports.size() + 1),
                                    parallel,
                                    options.jfr());
                    report.print(out);
                    reports.add(report);
                    allSucceeded &=
                            "SUCCEEDED".equals(report.timeline().status())
                                    && report.statements() > 0;
                }
            }
            out.printf(
                    "%n| maxParallel | statements | wall | per statement | latency p50 / p99 /"
                            + " max | in flight (of limit) | planner emitted | results per planner"
                            + " transaction | deployer executed | load |%n"
                            + "|---|---|---|---|---|---|---|---|---|---|%n");
            reports.forEach(r -> out.println(r.markdownRow()));
            out.printf("load average at the end: %s%n", CpuAccounting.loadAverage());
            return allSucceeded ? 0 : 1;
        }
    }

    /**
     * A copy of the service's executable jar in the working folder: a build that replaces the jar
     * while the service runs would pull classes from under it.
     */
    private static Path jar(Path repo, Path work, String module) throws IOException {
        Path built = repo.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException(
                    "No "
                            + built
                            + ": build it with mvn -q -pl bench -am package -DskipTests"
                            + " -Pbenchmarks");
        }
        Path copy = Files.createDirectories(work.resolve("services")).resolve(module + ".jar");
        Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** The folder that holds the modules, from where this class was loaded (bench/target/…). */
    private static Path repositoryRoot() throws URISyntaxException {
        String configured = System.getProperty("shiftleft.bench.repository");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path code =
                Path.of(
                        OrchestrationBench.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        for (Path p = code; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("planner-service"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Runs one plan at a time and measures it. */
    private record Runs(
            BenchServers servers,
            ServiceProcess planner,
            ServiceProcess deployer,
            Connection plannerDb,
            Connection deployerDb,
            CpuAccounting cpu) {

        RunReport once(String label, String environment, int parallel, Path jfr)
                throws SQLException, IOException {
            servers.emptyTheCloud();
            PlannerApi api = new PlannerApi(planner.base());
            api.preview(environment, parallel); // the environment's first scan of the project
            RunTimeline.Marks marks = RunTimeline.Marks.take(plannerDb, deployerDb);
            String loadBefore = CpuAccounting.loadAverage();
            ListenerTimers p0 = ListenerTimers.scrape(planner.base(), "planner-command-results");
            ListenerTimers d0 =
                    ListenerTimers.scrape(deployer.base(), "deployer-deployment-commands");
            if (jfr != null) {
                Files.createDirectories(jfr);
                planner.jcmd("JFR.start", "name=bench", "settings=profile");
                deployer.jcmd("JFR.start", "name=bench", "settings=profile");
            }
            Map<String, Double> cpuBefore = cpu.sample();
            Instant requested = Instant.now();
            String planId = api.deployAll(UUID.randomUUID().toString(), environment, parallel);
            Instant accepted = Instant.now();
            PlannerApi.awaitEnd(plannerDb, planId, STALLED);
            PlannerApi.awaitOutboxDrained(plannerDb, marks.planner(), Duration.ofMinutes(1));
            Map<String, Double> used = CpuAccounting.used(cpuBefore, cpu.sample());
            String loadAfter = CpuAccounting.loadAverage();
            if (jfr != null) {
                String file = label.replaceAll("[^a-z0-9]+", "-");
                planner.jcmd(
                        "JFR.stop", "name=bench", "filename=" + jfr.resolve(file + "-planner.jfr"));
                deployer.jcmd(
                        "JFR.stop",
                        "name=bench",
                        "filename=" + jfr.resolve(file + "-deployer.jfr"));
            }
            return new RunReport(
                    label,
                    parallel,
                    requested,
                    accepted,
                    RunTimeline.read(plannerDb, deployerDb, planId, marks),
                    used,
                    ListenerTimers.scrape(planner.base(), "planner-command-results").minus(p0),
                    ListenerTimers.scrape(deployer.base(), "deployer-deployment-commands")
                            .minus(d0),
                    loadBefore,
                    loadAfter);
        }
    }
}
