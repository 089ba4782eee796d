package io.shiftleft.cli;

import io.shiftleft.schemas.avro.UndeployRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends an undeploy request (tables and what reads them, or a whole product, children first) and
 * waits for the planner's answer; with {@code --follow}, follows the plan until it ends. Exit codes
 * as for {@code deploy}.
 */
@Command(
        name = "undeploy",
        mixinStandardHelpOptions = true,
        description =
                "Ask shift-left to stop and remove tables and what depends on them (children"
                        + " first), through Kafka; --follow shows it until it ends.")
final class UndeployCommand implements Callable<Integer> {

    @Mixin KafkaOptions kafka;

    @Mixin FollowOptions follow;

    @Option(
            names = {"-e", "--environment"},
            required = true,
            description = "Target environment.")
    String environment;

    @ArgGroup(exclusive = true)
    Scope scope = new Scope();

    /** What to remove: tables (with their descendants) or a product. */
    static final class Scope {
        @Option(
                names = {"--table-name", "-t", "--table"},
                paramLabel = "TABLE",
                description = "Table to remove with its descendants (repeatable).")
        List<String> tables = new ArrayList<>();

        @Option(
                names = {"--product-name", "-p", "--product"},
                paramLabel = "PRODUCT",
                description = "Remove every deployed table of this product.")
        String product;
    }

    @Option(
            names = "--keep-tables",
            description = "Delete the statements but do not drop the tables.")
    boolean keepTables;

    @Option(names = "--dry-run", description = "Plan only: the planner stores and shows the plan.")
    boolean dryRun;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String requestId = "cli-" + UUID.randomUUID();
        UndeployRequest request =
                UndeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(requestId)
                        .setEnvironment(environment)
                        .setRequestedBy(System.getProperty("user.name"))
                        .setTables(scope.tables)
                        .setProduct(scope.product)
                        .setDropTables(!keepTables)
                        .setDryRun(dryRun)
                        .build();
        return DeployCommand.send(spec, kafka, follow, environment, requestId, request, "undeploy");
    }
}
