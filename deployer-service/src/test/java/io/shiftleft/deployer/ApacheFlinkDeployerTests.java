package io.shiftleft.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.deployer.platform.PlatformRegistry;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.apache.FlinkTestHarness;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import io.shiftleft.support.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deployer on a real Apache Flink (a MiniCluster and its SQL Gateway in the test JVM), with a
 * real Kafka broker, schema registry and PostgreSQL: commands create tables and a pipe whose
 * records reach the sink topic; a refused DML is FAILED with Flink's words; a redelivered command
 * starts no second job; a restart keeps the offsets; a command a crash left ACTING is answered by
 * the next deployer, without a second job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApacheFlinkDeployerTests {

    private static final String ENV = "oss";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static FlinkTestHarness flink;
    private static CommandTraffic traffic;
    private static JsonTopics topics;
    private static FlinkJobs jobs;

    @Autowired JdbcClient jdbc;
    @Autowired PlatformRegistry platforms;

    @BeforeAll
    static void startFlink() throws Exception {
        traffic = new CommandTraffic(TestKafka.bootstrapServers());
        topics = new JsonTopics(TestKafka.bootstrapServers());
        jobs = new FlinkJobs(flink().restUrl());
    }

    @AfterAll
    static void stopFlink() throws Exception {
        traffic.close();
        flink.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        settings().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void deploysTwoTablesAndThePipeBetweenThemAndRecordsReachTheSink() throws Exception {
        Pipe pipe = Pipe.create();
        deployTables(pipe);

        CommandResult dml = traffic.execute(pipe.dml(), WAIT);
        topics.produce(pipe.sourceTopic, JsonTopics.records(1, 3));
        List<String> written = topics.read(pipe.sinkTopic, 3, WAIT);

        assertThat(dml.getOutcome()).as(dml.getDetail()).isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(dml.getPhase().name()).isEqualTo("RUNNING");
        assertThat(dml.getPlatformId()).isNotBlank();
        assertThat(dml.getStartedAt()).isBeforeOrEqualTo(dml.getFinishedAt());
        assertThat(written).containsExactlyInAnyOrderElementsOf(JsonTopics.records(1, 3));
        assertThat(jobs.active(pipe.dmlName)).containsExactly(dml.getPlatformId());
    }

    @Test
    void answersARedeliveredCommandAgainAndAnIdenticalOneWithoutASecondJob() throws Exception {
        Pipe pipe = Pipe.create();
        deployTables(pipe);
        DeploymentCommand command = pipe.dml();
        CommandResult first = traffic.execute(command, WAIT);

        traffic.send(command);
        CommandResult repeated = traffic.await(command.getCommandId(), 2, WAIT).get(1);
        CommandResult identical = traffic.execute(Commands.again(command), WAIT);

        assertThat(repeated).isEqualTo(first);
        assertThat(identical.getOutcome()).isEqualTo(CommandOutcome.ALREADY_DONE);
        assertThat(identical.getPlatformId()).isEqualTo(first.getPlatformId());
        assertThat(jobs.active(pipe.dmlName)).containsExactly(first.getPlatformId());
        assertThat(new CommandRows(jdbc).state(command.getCommandId())).isEqualTo("DONE");
    }

    @Test
    void runsTheSessionInitFilesAndReportsThePhaseOnStatementStatus() throws Exception {
        String name = "oss-ddl-init-view-" + run();
        DeploymentCommand command =
                Commands.withSql(
                                ENV,
                                StepAction.RUN_DDL,
                                name,
                                "init_view",
                                "CREATE VIEW init_view_" + run() + " AS SELECT x FROM init_probe")
                        .build();
        try (KafkaConsumer<String, Object> statuses =
                TestKafkaClients.avroConsumer(TestKafka.bootstrapServers())) {
            statuses.subscribe(List.of(Topics.withDefaultPrefix().statementStatus()));

            CommandResult result = traffic.execute(command, WAIT);
            var seen =
                    TestKafkaClients.pollUntil(
                            statuses,
                            r ->
                                    r.value()
                                                    instanceof
                                                    io.shiftleft.schemas.avro.StatementStatus st
                                            && st.getStatementName().equals(name),
                            WAIT);

            assertThat(result.getOutcome())
                    .as(result.getDetail())
                    .isEqualTo(CommandOutcome.SUCCEEDED);
            var status =
                    (io.shiftleft.schemas.avro.StatementStatus) seen.get(seen.size() - 1).value();
            assertThat(seen.get(seen.size() - 1).key()).isEqualTo(name);
            assertThat(status.getPhase().name()).isEqualTo("COMPLETED");
            assertThat(status.getEnvironment()).isEqualTo(ENV);
            assertThat(status.getTableName()).isEqualTo("init_view");
            assertThat(status.getCommandId()).isEqualTo(command.getCommandId());
        }
    }

    @Test
    void theSweepReportsAStatementNoCommandTouched() throws Exception {
        String name = "oss-ddl-swept-" + run();
        try (KafkaConsumer<String, Object> statuses =
                TestKafkaClients.avroConsumer(TestKafka.bootstrapServers())) {
            statuses.subscribe(List.of(Topics.withDefaultPrefix().statementStatus()));

            platforms
                    .find(ENV)
                    .orElseThrow()
                    .submit(
                            StatementSpec.of(
                                    name,
                                    "CREATE TABLE swept_"
                                            + run()
                                            + " (x INT) WITH ('connector' ="
                                            + " 'datagen')"));
            var seen =
                    TestKafkaClients.pollUntil(
                            statuses,
                            r ->
                                    r.value()
                                                    instanceof
                                                    io.shiftleft.schemas.avro.StatementStatus st
                                            && st.getStatementName().equals(name),
                            WAIT);

            var status =
                    (io.shiftleft.schemas.avro.StatementStatus) seen.get(seen.size() - 1).value();
            assertThat(status.getPhase().name()).isEqualTo("COMPLETED");
            assertThat(status.getEnvironment()).isEqualTo(ENV);
            assertThat(status.getCommandId()).isNull();
        }
    }

    @Test
    void answersADmlFlinkRefusesWithFlinksMessage() throws Exception {
        String name = "oss-dml-broken-" + run();
        DeploymentCommand command =
                Commands.withSql(
                                ENV,
                                StepAction.RUN_DML,
                                name,
                                "broken",
                                "INSERT INTO nowhere_out SELECT * FROM nowhere_in")
                        .build();

        CommandResult result = traffic.execute(command, WAIT);

        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.FAILED);
        assertThat(result.getPhase().name()).isEqualTo("FAILED");
        assertThat(result.getDetail()).contains(name).contains("nowhere_in");
        assertThat(jobs.active(name)).isEmpty();
    }

    @Test
    void restartsFromTheOffsetsThenStopsResumesAndDeletes() throws Exception {
        Pipe pipe = Pipe.create();
        deployTables(pipe);
        String firstJob = traffic.execute(pipe.dml(), WAIT).getPlatformId();
        topics.produce(pipe.sourceTopic, JsonTopics.records(1, 3));
        assertThat(topics.read(pipe.sinkTopic, 3, WAIT)).hasSize(3);

        CommandResult restarted = traffic.execute(pipe.command(StepAction.RESTART_DML), WAIT);
        topics.produce(pipe.sourceTopic, JsonTopics.records(4, 5));
        List<String> written = topics.read(pipe.sinkTopic, 5, WAIT);
        CommandResult stopped = traffic.execute(pipe.command(StepAction.STOP), WAIT);
        CommandResult resumed = traffic.execute(pipe.command(StepAction.RESUME), WAIT);
        CommandResult deleted = traffic.execute(pipe.command(StepAction.DELETE), WAIT);

        assertThat(restarted.getOutcome())
                .as(restarted.getDetail())
                .isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(restarted.getPlatformId()).isNotEqualTo(firstJob);
        assertThat(restarted.getDetail()).contains("offsets");
        assertThat(written).containsExactlyInAnyOrderElementsOf(JsonTopics.records(1, 5));
        assertThat(stopped.getPhase().name()).isEqualTo("STOPPED");
        assertThat(resumed.getPhase().name()).isEqualTo("RUNNING");
        assertThat(deleted.getOutcome()).isEqualTo(CommandOutcome.SUCCEEDED);
        assertThat(deleted.getPhase().name()).isEqualTo("MISSING");
        assertThat(jobs.active(pipe.dmlName)).isEmpty();
    }

    @Test
    void answersACommandACrashLeftActingAtTheNextStartWithoutASecondJob() throws Exception {
        Pipe pipe = Pipe.create();
        deployTables(pipe);
        DeploymentCommand command = pipe.dml();
        // The deployer that crashed: it recorded the command ACTING and started the job, no more.
        new CommandRows(jdbc).recordActing(command);
        FlinkPlatform platform = platforms.find(ENV).orElseThrow();
        platform.submit(StatementSpec.of(pipe.dmlName, command.getSql()));
        StatementStatus running =
                platform.awaitPhase(pipe.dmlName, Set.of(StatementPhase.RUNNING), WAIT);

        CommandResult result;
        try (ConfigurableApplicationContext restarted = restartedDeployer()) {
            result = traffic.await(command.getCommandId(), 1, WAIT).get(0);
        }

        assertThat(result.getOutcome())
                .as(result.getDetail())
                .isEqualTo(CommandOutcome.ALREADY_DONE);
        assertThat(result.getPlatformId()).isEqualTo(running.platformId().orElseThrow());
        assertThat(jobs.active(pipe.dmlName)).containsExactly(result.getPlatformId());
        assertThat(new CommandRows(jdbc).state(command.getCommandId())).isEqualTo("DONE");
    }

    private static void deployTables(Pipe pipe) throws Exception {
        topics.create(pipe.sourceTopic);
        topics.create(pipe.sinkTopic);
        DeploymentCommand source = pipe.ddl(pipe.source, pipe.sourceTopic);
        DeploymentCommand sink = pipe.ddl(pipe.sink, pipe.sinkTopic);
        traffic.send(source);
        traffic.send(sink);
        for (DeploymentCommand ddl : List.of(source, sink)) {
            CommandResult result = traffic.await(ddl.getCommandId(), 1, WAIT).get(0);
            assertThat(result.getOutcome())
                    .as(result.getDetail())
                    .isEqualTo(CommandOutcome.SUCCEEDED);
            assertThat(result.getPhase().name()).isEqualTo("COMPLETED");
        }
    }

    /** A second deployer on the same database, as after a crash: it only resumes what is left. */
    private static ConfigurableApplicationContext restartedDeployer() throws Exception {
        Map<String, String> settings = settings();
        settings.put("spring.kafka.listener.auto-startup", "false");
        return new SpringApplicationBuilder(DeployerApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        settings.entrySet().stream()
                                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                                .toArray(String[]::new));
    }

    /** What the deployer runs on: the test servers and this class's Flink, polled quickly. */
    private static Map<String, String> settings() throws Exception {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        s.put("spring.kafka.properties.schema.registry.url", TestSchemaRegistry.get().url());
        s.put("spring.datasource.url", TestPostgres.jdbcUrl());
        s.put("spring.datasource.username", "postgres");
        s.put("spring.datasource.password", "postgres");
        s.put("shiftleft.kafka.partitions", "1");
        s.put("shiftleft.kafka.retry-interval", "50ms");
        s.put("deployer.polling.initial", "50ms");
        s.put("deployer.polling.max", "500ms");
        s.put("deployer.platforms." + ENV + ".kind", "apache-flink");
        s.put("deployer.platforms." + ENV + ".apache.gateway-url", flink().gatewayUrl().toString());
        s.put("deployer.platforms." + ENV + ".apache.rest-url", flink().restUrl().toString());
        s.put(
                "deployer.platforms." + ENV + ".apache.savepoint-directory",
                flink().savepoints().toUri().toString());
        s.put("deployer.platforms." + ENV + ".apache.session-init-files[0]", initFile().toString());
        s.put("deployer.status-sweep-interval", "1s");
        return s;
    }

    /** A table no command creates, declared in every new session (a pre-provisioned topic). */
    private static Path initFile() throws Exception {
        Path file = flink().savepoints().resolveSibling("init-probe.sql");
        Files.writeString(
                file,
                "-- declared for every session\n"
                        + "CREATE TABLE IF NOT EXISTS init_probe (x INT) WITH ('connector' ="
                        + " 'datagen', 'number-of-rows' = '1');\n");
        return file;
    }

    private static synchronized FlinkTestHarness flink() throws Exception {
        if (flink == null) {
            flink = FlinkTestHarness.start();
        }
        return flink;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A source table, a sink table and the DML from one to the other, named as shift_left does. */
    private record Pipe(
            String source, String sink, String sourceTopic, String sinkTopic, String dmlName) {

        static Pipe create() {
            String run = run();
            return new Pipe(
                    "src_" + run, "snk_" + run, "src-" + run, "snk-" + run, "oss-dml-snk-" + run);
        }

        DeploymentCommand ddl(String table, String topic) {
            return Commands.withSql(
                            ENV,
                            StepAction.RUN_DDL,
                            "oss-ddl-" + table.replace('_', '-'),
                            table,
                            topics.tableDdl(table, topic))
                    .setDropTable(true)
                    .build();
        }

        DeploymentCommand dml() {
            return command(StepAction.RUN_DML);
        }

        DeploymentCommand command(StepAction action) {
            return Commands.withSql(
                            ENV,
                            action,
                            dmlName,
                            sink,
                            "INSERT INTO " + sink + " SELECT id, name FROM " + source)
                    .build();
        }
    }
}
