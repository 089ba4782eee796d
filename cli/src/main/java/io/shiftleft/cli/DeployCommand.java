package io.shiftleft.cli;

import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends a deploy request to the {@code deploy-requests} topic, with the flags of {@code pipeline
 * build-execution-plan}, and waits for the planner's answer on {@code deployment-events}; with
 * {@code --follow}, follows the plan until it ends. Exit code 0 when accepted (with {@code
 * --follow}: when every step succeeded), 1 when rejected, 3 when no answer came, 4 when the
 * deployment failed.
 */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description =
                "Ask shift-left to deploy tables (through Kafka) and wait for the planner's answer;"
                        + " --follow shows the deployment until it ends.")
final class DeployCommand implements Callable<Integer> {

    static final int REJECTED = 1;
    static final int NO_ANSWER = ExitCodes.NO_ANSWER;

    @Mixin KafkaOptions kafka;

    @Mixin FollowOptions follow;

    @Mixin PlanFlags flags;

    @Option(
            names = {"-e", "--environment"},
            required = true,
            description = "Target environment.")
    String environment;

    @ArgGroup(exclusive = true)
    Scope scope = new Scope();

    /** What to deploy: tables, a product or a folder (the planner rejects a request with none). */
    static final class Scope {
        @Option(
                names = {"--table-name", "-t", "--table"},
                paramLabel = "TABLE",
                description = "Table to deploy (repeatable: a table list).")
        List<String> tables = new ArrayList<>();

        @Option(
                names = {"--product-name", "-p", "--product"},
                paramLabel = "PRODUCT",
                description = "Make every table of this data product run.")
        String product;

        @Option(
                names = "--dir",
                paramLabel = "DIR",
                description = "Make every table under this folder of the project run.")
        String dir;
    }

    @Option(
            names = "--max-parallel",
            defaultValue = "4",
            description =
                    "Steps running at once, capped by the environment's max-parallel (default:"
                            + " ${DEFAULT-VALUE}).")
    int maxParallel;

    @Option(names = "--dry-run", description = "Plan only: the planner stores and shows the plan.")
    boolean dryRun;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> excluded =
                flags.excludeFile == null ? List.of() : tableLines(spec, flags.excludeFile);
        String requestId = "cli-" + UUID.randomUUID();
        DeployRequest request =
                DeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(requestId)
                        .setEnvironment(environment)
                        .setRequestedBy(System.getProperty("user.name"))
                        .setTables(scope.tables)
                        .setProduct(scope.product)
                        .setDirectory(scope.dir)
                        .setExcludeTables(excluded)
                        .setForceAncestors(flags.forceAncestors)
                        .setMayStartDescendants(flags.mayStartDescendants)
                        .setDmlOnly(flags.dmlOnly)
                        .setCrossProductDeployment(flags.crossProduct)
                        .setComputePoolId(flags.computePoolId)
                        .setMaxParallel(maxParallel)
                        .setDryRun(dryRun)
                        .build();
        return send(spec, kafka, follow, environment, requestId, request, "deploy");
    }

    /** Sends a request, prints the planner's answer and, when asked, follows the plan. */
    static int send(
            CommandLine.Model.CommandSpec spec,
            KafkaOptions kafka,
            FollowOptions follow,
            String environment,
            String requestId,
            org.apache.avro.specific.SpecificRecord request,
            String what)
            throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RequestChannel channel = new RequestChannel(kafka)) {
            channel.send(environment, request);
            out.println(
                    "Sent "
                            + what
                            + " request "
                            + requestId
                            + " to "
                            + channel.topics().deployRequests());
            out.flush();
            Optional<DeploymentEvent> answer = channel.next(requestId, e -> true, kafka.wait);
            if (answer.isEmpty()) {
                err.println(
                        "No answer to "
                                + requestId
                                + " on "
                                + channel.topics().deploymentEvents()
                                + " within "
                                + kafka.wait
                                + " (is the planner running on "
                                + kafka.kafka
                                + "?)");
                return NO_ANSWER;
            }
            DeploymentEvent event = answer.get();
            out.println(
                    event.getType()
                            + (event.getPlanId() == null
                                            || event.getType()
                                                    == DeploymentEventType.REQUEST_REJECTED
                                            || String.valueOf(event.getDetail())
                                                    .contains(event.getPlanId())
                                    ? ""
                                    : " plan " + event.getPlanId())
                            + (event.getDetail() == null ? "" : ": " + event.getDetail()));
            out.flush();
            if (event.getType() == DeploymentEventType.REQUEST_REJECTED) {
                return REJECTED;
            }
            return follow.follow ? follow.follow(channel, event, out, err) : ExitCodes.OK;
        }
    }

    /** Table names of a file, one per line, blank lines and {@code #} comments skipped. */
    static List<String> tableLines(CommandLine.Model.CommandSpec spec, Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(l -> l.replaceFirst("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Cannot read the table file " + file + ": " + e);
        }
    }
}
