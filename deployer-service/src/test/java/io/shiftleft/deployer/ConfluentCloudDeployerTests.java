package io.shiftleft.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.support.testing.ServiceTestInfrastructure;
import io.shiftleft.support.testing.TestKafka;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deployer on the fake Confluent Cloud (a stateful WireMock server speaking the Statements
 * API), with a real Kafka broker, schema registry and PostgreSQL: the same command flow as on
 * Flink, through throttling and a lost answer, plus stop, resume, restart, delete and failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConfluentCloudDeployerTests {

    private static final String ENV = "ccf";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String POSTS = ".*/statements";

    private static FakeConfluentCloud cloud;
    private static CommandTraffic traffic;

    @BeforeAll
    static void connect() {
        traffic = new CommandTraffic(TestKafka.bootstrapServers());
    }

    @AfterAll
    static void stopTheFake() {
        traffic.close();
        cloud.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry);
        String p = "deployer.platforms." + ENV;
        registry.add(p + ".kind", () -> "confluent-cloud");
        registry.add(p + ".confluent.organization-id", () -> FakeConfluentCloud.ORG);
        registry.add(p + ".confluent.environment-id", () -> FakeConfluentCloud.ENV);
        registry.add(p + ".confluent.statements-url", () -> cloud().baseUrl().toString());
        registry.add(p + ".confluent.cloud-api-url", () -> cloud().baseUrl().toString());
        registry.add(p + ".confluent.metrics-api-url", () -> cloud().baseUrl().toString());
        registry.add(p + ".confluent.flink-api-key", FakeConfluentCloud.FLINK_KEY::key);
        registry.add(p + ".confluent.flink-api-secret", FakeConfluentCloud.FLINK_KEY::secret);
        registry.add(p + ".confluent.catalog", () -> "env-fake01");
        registry.add(p + ".confluent.database", () -> "lkc-fake01");
        registry.add("deployer.polling.initial", () -> "50ms");
        registry.add("deployer.polling.max", () -> "300ms");
    }

    @BeforeEach
    void resetTheFake() {
        cloud().reset();
        cloud().statements()
                .delays(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(200));
    }

    @Test
    void createsATableAndItsPipeThroughThrottlingAndALostAnswer() throws Exception {
        String run = run();
        String table = "orders_" + run;
        DeploymentCommand ddl =
                Commands.withSql(
                                ENV,
                                StepAction.RUN_DDL,
                                "ccf-ddl-orders-" + run,
                                table,
                                "CREATE TABLE `" + table + "` (`id` INT)")
                        .setDropTable(true)
                        .build();
        DeploymentCommand dml = dml("ccf-dml-orders-" + run, table);

        cloud.faults().throttle("POST", "/statements$", 2, null);
        CommandResult created = traffic.execute(ddl, WAIT);
        cloud.faults().loseResponse("POST", "/statements$", 1);
        CommandResult started = traffic.execute(dml, WAIT);
        CommandResult identical = traffic.execute(Commands.again(dml), WAIT);

        assertThat(created.getOutcome())
                .as(created.getDetail())
                .isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(created.getPhase().name()).isEqualTo("COMPLETED");
        assertThat(created.getDetail()).contains("dropped table " + table);
        assertThat(cloud.statements().exists("drop-orders-" + run)).isFalse();
        assertThat(cloud.statements().propertiesOf(ddl.getStatementName()))
                .containsEntry("sql.current-catalog", "env-fake01");
        assertThat(started.getOutcome())
                .as(started.getDetail())
                .isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(started.getPhase().name()).isEqualTo("RUNNING");
        assertThat(started.getPlatformId()).isNotBlank();
        assertThat(identical.getOutcome()).isEqualTo(CommandOutcome.ALREADY_DONE);
        assertThat(identical.getPlatformId()).isEqualTo(started.getPlatformId());
        // drop, DDL and DML once each, although two POSTs were throttled and one answer lost
        assertThat(cloud.statements().creates()).isEqualTo(3);
        assertThat(cloud.count("POST", POSTS)).isEqualTo(5);
    }

    @Test
    void stopsResumesRestartsAndDeletesAStatement() throws Exception {
        String name = "ccf-dml-life-" + run();
        String first = traffic.execute(dml(name, "life"), WAIT).getPlatformId();

        CommandResult stopped = traffic.execute(command(StepAction.STOP, name), WAIT);
        CommandResult stoppedAgain = traffic.execute(command(StepAction.STOP, name), WAIT);
        CommandResult resumed = traffic.execute(command(StepAction.RESUME, name), WAIT);
        CommandResult restarted =
                traffic.execute(
                        Commands.withSql(ENV, StepAction.RESTART_DML, name, "life", sql("life"))
                                .build(),
                        WAIT);
        int createsBefore = cloud.statements().creates();
        CommandResult replaced =
                traffic.execute(
                        Commands.withSql(
                                        ENV,
                                        StepAction.RESTART_DML,
                                        name,
                                        "life",
                                        "INSERT INTO `life` SELECT `id` + 1 FROM `source`")
                                .build(),
                        WAIT);
        CommandResult deleted = traffic.execute(command(StepAction.DELETE, name), WAIT);
        CommandResult deletedAgain = traffic.execute(command(StepAction.DELETE, name), WAIT);

        assertThat(stopped.getPhase().name()).isEqualTo("STOPPED");
        assertThat(stoppedAgain.getOutcome()).isEqualTo(CommandOutcome.ALREADY_DONE);
        assertThat(resumed.getPhase().name()).isEqualTo("RUNNING");
        assertThat(restarted.getOutcome())
                .as(restarted.getDetail())
                .isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(restarted.getDetail()).contains("offsets");
        assertThat(restarted.getPlatformId()).isEqualTo(first);
        assertThat(replaced.getOutcome())
                .as(replaced.getDetail())
                .isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(replaced.getPlatformId()).isNotEqualTo(first);
        assertThat(cloud.statements().creates()).isEqualTo(createsBefore + 1);
        assertThat(deleted.getPhase().name()).isEqualTo("MISSING");
        assertThat(deletedAgain.getOutcome()).isEqualTo(CommandOutcome.ALREADY_DONE);
        assertThat(cloud.statements().exists(name)).isFalse();
    }

    @Test
    void answersFailuresTimeoutsAndUnknownActionsWithWhatHappened() throws Exception {
        String broken = "ccf-dml-broken-" + run();
        CommandResult failed =
                traffic.execute(
                        Commands.withSql(ENV, StepAction.RUN_DML, broken, "b", "SELEC nothing")
                                .build(),
                        WAIT);
        CommandResult missing = traffic.execute(command(StepAction.STOP, "ccf-dml-none"), WAIT);
        CommandResult unknown = traffic.execute(command(StepAction.UNKNOWN, "ccf-dml-x"), WAIT);
        cloud.statements()
                .delays(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(1));
        String slow = "ccf-ddl-slow-" + run();
        CommandResult late =
                traffic.execute(
                        Commands.withSql(
                                        ENV,
                                        StepAction.RUN_DDL,
                                        slow,
                                        "slow",
                                        "CREATE TABLE `slow` (`id` INT)")
                                .setTimeoutMillis(400)
                                .build(),
                        WAIT);

        assertThat(failed.getOutcome()).isEqualTo(CommandOutcome.FAILED);
        assertThat(failed.getPhase().name()).isEqualTo("FAILED");
        assertThat(failed.getDetail()).contains(broken).contains("SQL parse failed");
        assertThat(missing.getOutcome()).isEqualTo(CommandOutcome.FAILED);
        assertThat(missing.getPhase().name()).isEqualTo("MISSING");
        assertThat(unknown.getOutcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(late.getOutcome()).as(late.getDetail()).isEqualTo(CommandOutcome.TIMED_OUT);
        assertThat(late.getPhase().name()).isEqualTo("PENDING");
        assertThat(late.getDetail()).contains(slow);
    }

    private static DeploymentCommand dml(String name, String table) {
        return Commands.withSql(ENV, StepAction.RUN_DML, name, table, sql(table)).build();
    }

    private static String sql(String table) {
        return "INSERT INTO `" + table + "` SELECT `id` FROM `source`";
    }

    private static DeploymentCommand command(StepAction action, String name) {
        return Commands.command(ENV, action, name, "t").build();
    }

    private static synchronized FakeConfluentCloud cloud() {
        if (cloud == null) {
            cloud = FakeConfluentCloud.start(Clock.systemUTC());
        }
        return cloud;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
