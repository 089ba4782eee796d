package io.shiftleft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code local provision}: runs a project's local-only {@code provisioning/*.sql} files (the tables
 * of pre-provisioned topics and the feeders that fill the raw topics) on a Flink SQL Gateway, in
 * name order, in one session. Idempotent: a DML whose job (named after its file) still runs is not
 * started again. The files name the local stack's default Kafka and registry; {@code --kafka} and
 * {@code --registry} replace them.
 */
@Command(
        name = "provision",
        mixinStandardHelpOptions = true,
        description =
                "Run a project's provisioning/*.sql (local-only tables and feeder jobs) on a Flink"
                        + " SQL Gateway, in name order; a feeder job that runs already is left"
                        + " alone.")
final class ProvisionCommand implements Callable<Integer> {

    /** The Kafka and registry the provisioning files are written for (the local stack's). */
    static final String DEFAULT_KAFKA = "127.0.0.1:19092";

    static final String DEFAULT_REGISTRY = "http://127.0.0.1:18085/apis/ccompat/v7";

    /** Job states in which a feeder counts as running. */
    private static final Set<String> ALIVE =
            Set.of("INITIALIZING", "CREATED", "RUNNING", "RESTARTING", "RECONCILING", "FAILING");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Option(
            names = "--dir",
            required = true,
            paramLabel = "DIR",
            description = "The folder of SQL files (e.g. examples/ecommerce/provisioning).")
    Path dir;

    @Option(
            names = "--gateway",
            defaultValue = "http://127.0.0.1:18083",
            description = "The SQL Gateway (default: ${DEFAULT-VALUE}).")
    URI gateway;

    @Option(
            names = "--flink-rest",
            defaultValue = "http://127.0.0.1:18081",
            description = "The JobManager REST API (default: ${DEFAULT-VALUE}).")
    URI flinkRest;

    @Option(
            names = "--kafka",
            defaultValue = DEFAULT_KAFKA,
            description =
                    "Kafka bootstrap servers written into the SQL (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(
            names = "--registry",
            defaultValue = DEFAULT_REGISTRY,
            description = "Schema registry URL written into the SQL (default: ${DEFAULT-VALUE}).")
    String registry;

    @Option(
            names = "--timeout",
            defaultValue = "2m",
            description = "How long one statement may take (default: ${DEFAULT-VALUE}).",
            converter = KafkaOptions.DurationConverter.class)
    Duration timeout;

    @Spec CommandLine.Model.CommandSpec spec;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = files();
        if (files.isEmpty()) {
            out.println("Nothing to provision: no *.sql file in " + dir);
            return ExitCodes.OK;
        }
        String session =
                post(
                                gateway("/v1/sessions"),
                                Map.of(
                                        "sessionName",
                                        "shift-left-provisioning",
                                        "properties",
                                        Map.of("table.local-time-zone", "UTC")))
                        .path("sessionHandle")
                        .asString();
        try {
            for (Path file : files) {
                String sql = endpoints(read(file), kafka, registry);
                String name = file.getFileName().toString();
                if (!isDml(sql)) {
                    run(session, name, sql, Map.of());
                    out.println("  " + name + ": done");
                    continue;
                }
                String job = jobName(name);
                if (runningJobs(get(rest("/jobs/overview"))).contains(job)) {
                    out.println("  " + name + ": job " + job + " runs already, not started again");
                    continue;
                }
                JsonNode page = run(session, name, sql, Map.of("pipeline.name", job));
                out.println(
                        "  "
                                + name
                                + ": job "
                                + job
                                + " started "
                                + page.path("jobID").asString(""));
            }
        } finally {
            http.send(
                    HttpRequest.newBuilder(gateway("/v1/sessions/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs one statement and waits until its operation ends; answers its first result page. */
    private JsonNode run(String session, String file, String sql, Map<String, String> config)
            throws IOException, InterruptedException {
        String base = "/v1/sessions/" + session + "/operations/";
        String op =
                post(
                                gateway("/v1/sessions/" + session + "/statements"),
                                Map.of("statement", sql, "executionConfig", config))
                        .path("operationHandle")
                        .asString();
        Instant deadline = Instant.now().plus(timeout);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = get(gateway(base + op + "/status")).path("status").asString("");
            if (Set.of("FINISHED", "ERROR", "CANCELED", "CLOSED", "TIMEOUT").contains(status)) {
                break;
            }
            Thread.sleep(200);
        }
        HttpResponse<String> result =
                http.send(
                        HttpRequest.newBuilder(gateway(base + op + "/result/0")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        if (!status.equals("FINISHED") || result.statusCode() >= 400) {
            throw new CommandLine.ExecutionException(
                    spec.commandLine(),
                    dir.resolve(file)
                            + " failed on the SQL Gateway "
                            + gateway
                            + " (operation "
                            + (status.isEmpty() ? "did not end within " + timeout : status)
                            + "): "
                            + result.body());
        }
        return JSON.readTree(result.body());
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dir " + dir + " is not a folder");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text with the local stack's default Kafka and registry replaced by the given ones. */
    static String endpoints(String sql, String kafka, String registry) {
        return sql.replace(DEFAULT_REGISTRY, registry).replace(DEFAULT_KAFKA, kafka);
    }

    /** Whether the statement starts a job (its first keyword after comments). */
    static boolean isDml(String sql) {
        String text = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)--.*$", " ").strip();
        String first = text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return Set.of("INSERT", "EXECUTE", "BEGIN").contains(first);
    }

    /** The job name of a provisioning file: {@code shift-left-provisioning-<stem>}. */
    static String jobName(String file) {
        String stem = file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
        return "shift-left-provisioning-"
                + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    /** Names of the jobs of a {@code /jobs/overview} answer that are not over. */
    static Set<String> runningJobs(JsonNode overview) {
        java.util.HashSet<String> names = new java.util.HashSet<>();
        for (JsonNode job : overview.path("jobs")) {
            if (ALIVE.contains(job.path("state").asString(""))) {
                names.add(job.path("name").asString(""));
            }
        }
        return names;
    }

    private URI gateway(String path) {
        return URI.create(strip(gateway.toString()) + path);
    }

    private URI rest(String path) {
        return URI.create(strip(flinkRest.toString()) + path);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private JsonNode post(URI uri, Object body) throws IOException, InterruptedException {
        return answer(
                uri,
                http.send(
                        HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        return answer(
                uri,
                http.send(
                        HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode answer(URI uri, HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            throw new CommandLine.ExecutionException(
                    spec.commandLine(),
                    uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
