package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.schemas.avro.UndeployRequest;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shift-left deploy} and {@code undeploy} against a real broker and registry, with a
 * stand-in for the planner ({@link FakePlanner}) that answers each request and plays a plan's
 * events the way the planner publishes them.
 */
class DeployCommandTests {

    private static FakePlanner planner;

    @TempDir Path dir;

    @BeforeAll
    static void startPlanner() {
        planner = FakePlanner.start(TestKafka.bootstrapServers(), "cli-test.");
    }

    @AfterAll
    static void stopPlanner() {
        planner.close();
    }

    @Test
    void printsTheAcceptanceAndExitsZero() {
        CliRun.Result result = run("deploy", "-e", "dev", "-t", "fct_orders");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Sent deploy request cli-").contains("REQUEST_ACCEPTED");
    }

    @Test
    void printsTheRejectionWithItsReasonAndExitsOne() {
        CliRun.Result result = run("deploy", "-e", "dev");

        assertThat(result.code()).isEqualTo(DeployCommand.REJECTED);
        assertThat(result.out()).contains("REQUEST_REJECTED: names no target");
    }

    @Test
    void givesUpAfterTheWaitWhenNobodyAnswers() {
        CliRun.Result result = run("deploy", "-e", "silent", "-t", "x", "--wait", "3s");

        assertThat(result.code()).isEqualTo(DeployCommand.NO_ANSWER);
        assertThat(result.err()).contains("No answer").contains("PT3S");
    }

    @Test
    void sendsTheFlagsOfBuildExecutionPlan() throws IOException {
        Path exclude = dir.resolve("exclude.txt");
        Files.writeString(exclude, "# never\nsrc_a\n\nsrc_b  # nor this\n");

        CliRun.Result result =
                run(
                        "deploy",
                        "-e",
                        "dev",
                        "--product-name",
                        "orders",
                        "--may-start-descendants",
                        "--force-ancestors",
                        "--cross-product-deployment",
                        "--exclude-table-file-name",
                        exclude.toString(),
                        "--compute-pool-id",
                        "lfcp-1",
                        "--max-parallel",
                        "3");
        DeployRequest sent = (DeployRequest) planner.lastRequest();

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(sent.getProduct()).isEqualTo("orders");
        assertThat(sent.getTables()).isEmpty();
        assertThat(sent.getMayStartDescendants()).isTrue();
        assertThat(sent.getForceAncestors()).isTrue();
        assertThat(sent.getCrossProductDeployment()).isTrue();
        assertThat(sent.getDmlOnly()).isFalse();
        assertThat(sent.getExcludeTables()).containsExactly("src_a", "src_b");
        assertThat(sent.getComputePoolId()).isEqualTo("lfcp-1");
        assertThat(sent.getMaxParallel()).isEqualTo(3);
    }

    @Test
    void refusesTwoScopesAtOnce() {
        CliRun.Result result = run("deploy", "-e", "dev", "--table-name", "a", "--dir", "x");

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void followsAPlanToItsEndAndPrintsTheSummaryAndWhereToLook() {
        CliRun.Result result =
                run("deploy", "-e", "dev", "--table-name", FakePlanner.SUCCEEDS, "--follow");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("REQUEST_ACCEPTED plan plan-")
                .contains("STEP_STARTED")
                .contains("src_orders")
                .contains("Deployment SUCCEEDED")
                .contains(FakePlanner.SUCCEEDS + " ")
                .contains("/api/v1/plans/plan-");
    }

    @Test
    void keepsThePlansEventsThatArriveBeforeTheAnswer() {
        CliRun.Result result =
                run("deploy", "-e", "dev", "--table-name", FakePlanner.EARLY, "--follow");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Deployment SUCCEEDED");
    }

    @Test
    void exitsFourWhenTheFollowedDeploymentFailsAndShowsWhy() {
        CliRun.Result result =
                run("deploy", "-e", "dev", "--table-name", FakePlanner.FAILS, "--follow");

        assertThat(result.code()).isEqualTo(ExitCodes.DEPLOYMENT_FAILED);
        assertThat(result.out())
                .contains("Deployment FAILED")
                .contains("RUN_DML FAILED: Statement dev-dml-broken FAILED: Object 'x' not found")
                .contains("NOT STARTED");
    }

    @Test
    void stopsFollowingAtTheTimeoutWithExitThree() {
        CliRun.Result result =
                run(
                        "deploy",
                        "-e",
                        "dev",
                        "--table-name",
                        FakePlanner.NEVER_ENDS,
                        "--follow",
                        "--timeout",
                        "2s");

        assertThat(result.code()).isEqualTo(ExitCodes.NO_ANSWER);
        assertThat(result.err()).contains("did not end within PT2S").contains("/api/v1/plans/");
    }

    @Test
    void sendsAnUndeployRequestAndFollowsIt() {
        CliRun.Result result =
                run("undeploy", "-e", "dev", "--table-name", "src_orders", "--keep-tables", "-f");
        UndeployRequest sent = (UndeployRequest) planner.lastRequest();

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Sent undeploy request").contains("Deployment SUCCEEDED");
        assertThat(sent.getTables()).containsExactly("src_orders");
        assertThat(sent.getDropTables()).isFalse();
    }

    @Test
    void readsDurationsInShortAndIsoForm() {
        var converter = new KafkaOptions.DurationConverter();

        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("PT1H")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theStepActionsTheViewShowsAreTheContractsOnes() {
        assertThat(List.of(StepAction.values())).extracting(Enum::name).contains("RUN_DML");
    }

    private static CliRun.Result run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(
                List.of(
                        "--kafka",
                        TestKafka.bootstrapServers(),
                        "--registry",
                        TestSchemaRegistry.get().url(),
                        "--topic-prefix",
                        "cli-test.",
                        "--plain"));
        if (!all.contains("--wait")) {
            all.add("--wait=20s");
        }
        return CliRun.run(new ShiftLeftCli(), all.toArray(String[]::new));
    }
}
