package io.shiftleft.bench.orchestration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The orchestration bench's command line.
 *
 * @param statements how many statements the plan should have (the project gets half as many tables:
 *     each has a DDL and a DML)
 * @param products products of the generated project
 * @param seed seed of the generated project
 * @param parallel the {@code maxParallel} values to measure, in order
 * @param runs measured runs per parallelism
 * @param warmups unmeasured runs first (at the first parallelism), for the JITs of the services and
 *     of this JVM: on the shared 2-core machine four warm-ups of one session took 20.9, 19.6, 11.7
 *     and 8.1 s, and after only two the first measured run used about twice the CPU per statement,
 *     in every process, that the next one at the same parallelism used
 * @param deployerWorkers {@code deployer.workers}; 0: the largest parallelism measured
 * @param durable PostgreSQL with {@code synchronous_commit=on} (every commit waits for the disk);
 *     off by default, as in the service tests and the local stack
 * @param separateDatabases the planner and the deployer in two databases instead of two schemas of
 *     one (the local stack's layout), so their outbox relays do not share an advisory lock
 * @param serviceJvm JVM options of the two services
 * @param serviceArgs more settings for both services ({@code --name=value}), e.g. to try a change
 * @param jfr where to write a flight recording of each service per measured run (null: none)
 * @param workDir where the project, the logs and the recordings go (null: a temporary folder)
 * @param keep keep the working folder at the end
 * @param repository the checkout whose {@code planner-service/target} and {@code
 *     deployer-service/target} hold the services' jars (null: the one this bench was built in)
 */
record BenchOptions(
        int statements,
        int products,
        long seed,
        List<Integer> parallel,
        int runs,
        int warmups,
        int deployerWorkers,
        boolean durable,
        boolean separateDatabases,
        List<String> serviceJvm,
        List<String> serviceArgs,
        Path jfr,
        Path workDir,
        boolean keep,
        Path repository) {

    static final String USAGE =
            """
            Usage: java -cp bench/target/benchmarks.jar \
            io.shiftleft.bench.orchestration.OrchestrationBench [options]
              --statements N        statements in the plan (default 1000; N/2 tables, DDL + DML each)
              --parallel A,B,...    maxParallel values to measure (default 16,64)
              --runs N              rounds of measured runs over the values (default 1)
              --warmups N           unmeasured runs first, at the first value (default 4)
              --products N          products of the generated project (default 10)
              --seed N              seed of the generated project (default 42)
              --deployer-workers N  deployer.workers (default: the largest --parallel value)
              --durable             PostgreSQL with synchronous_commit=on (default off)
              --separate-databases  planner and deployer in two databases (default: two schemas)
              --service-jvm "OPTS"  JVM options of both services (default "-Xmx512m -XX:+UseSerialGC")
              --service-arg ARG     one more setting for both services, e.g.
                                    --service-arg --spring.kafka.listener.ack-mode=batch (repeatable)
              --jfr DIR             a flight recording of each service per measured run
              --work-dir DIR        project, logs and recordings here (default: a temporary folder)
              --keep                keep the working folder
              --repository DIR      take the services' jars from DIR/<service>/target (default: the
                                    checkout of this bench); they are copied before they start
            """;

    private static final Set<String> VALUED =
            Set.of(
                    "--statements",
                    "--products",
                    "--seed",
                    "--parallel",
                    "--runs",
                    "--warmups",
                    "--deployer-workers",
                    "--service-jvm",
                    "--service-arg",
                    "--jfr",
                    "--work-dir",
                    "--repository");

    /** Reads the arguments; throws IllegalArgumentException with the reason on a bad one. */
    static BenchOptions parse(String... args) {
        int statements = 1000;
        int products = 10;
        long seed = 42;
        List<Integer> parallel = List.of(16, 64);
        int runs = 1;
        int warmups = 4;
        int workers = 0;
        boolean durable = false;
        boolean separate = false;
        List<String> jvm = List.of("-Xmx512m", "-XX:+UseSerialGC");
        List<String> serviceArgs = new ArrayList<>();
        Path jfr = null;
        Path workDir = null;
        boolean keep = false;
        Path repository = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--durable" -> durable = true;
                case "--separate-databases" -> separate = true;
                case "--keep" -> keep = true;
                case "--help", "-h" -> throw new IllegalArgumentException("");
                default -> {
                    if (!VALUED.contains(arg)) {
                        throw new IllegalArgumentException("Unknown option " + arg);
                    }
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--statements" -> statements = positive(arg, value);
                        case "--products" -> products = positive(arg, value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--parallel" -> parallel = list(arg, value);
                        case "--runs" -> runs = positive(arg, value);
                        case "--warmups" -> warmups = Integer.parseInt(value);
                        case "--deployer-workers" -> workers = positive(arg, value);
                        case "--service-jvm" -> jvm = Arrays.asList(value.trim().split("\\s+"));
                        case "--service-arg" -> serviceArgs.add(value);
                        case "--jfr" -> jfr = Path.of(value).toAbsolutePath();
                        case "--work-dir" -> workDir = Path.of(value).toAbsolutePath();
                        case "--repository" -> repository = Path.of(value).toAbsolutePath();
                        default -> throw new IllegalArgumentException("Unknown option " + arg);
                    }
                }
            }
        }
        if (statements < 4) {
            throw new IllegalArgumentException("--statements must be at least 4");
        }
        return new BenchOptions(
                statements,
                products,
                seed,
                parallel,
                runs,
                Math.max(0, warmups),
                workers,
                durable,
                separate,
                List.copyOf(jvm),
                List.copyOf(serviceArgs),
                jfr,
                workDir,
                keep,
                repository);
    }

    /** The deployer's worker threads. */
    int workers() {
        return deployerWorkers > 0
                ? deployerWorkers
                : parallel.stream().mapToInt(Integer::intValue).max().orElse(8);
    }

    /** The largest parallelism measured: the environment's {@code max-parallel}. */
    int maxParallel() {
        return parallel.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
        return n;
    }

    private static List<Integer> list(String option, String value) {
        List<Integer> values = new ArrayList<>();
        for (String part : value.split(",")) {
            values.add(positive(option, part.trim()));
        }
        return List.copyOf(values);
    }
}
