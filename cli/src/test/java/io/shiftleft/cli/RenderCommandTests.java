package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code pipeline render} on the Confluent Cloud-style fixture, the example and single files. */
class RenderCommandTests {

    private static final Path CONFLUENT =
            Path.of(
                    "..",
                    "pipeline-core",
                    "src",
                    "test",
                    "resources",
                    "projects",
                    "confluent-shop");
    private static final Path EXAMPLE = Path.of("..", "examples", "ecommerce");

    @TempDir Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run(new ShiftLeftCli(), args);
    }

    private static CliRun.Result render(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "pipeline";
        all[1] = "render";
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    @Test
    void printsTheDdlAndDmlOfAConfluentCloudTableForApacheFlink() {
        CliRun.Result result =
                render(
                        "--env",
                        "local",
                        "--table-name",
                        "src_orders",
                        "--project-path",
                        CONFLUENT.toString(),
                        "--no-cache");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith(
                        "-- DDL of src_orders"
                                + " (pipelines/sources/orders/src_orders/sql-scripts/ddl.src_orders.sql)"
                                + " on local\n/* Source: cleaned orders")
                .contains(
                        "'connector' = 'kafka'",
                        "'properties.bootstrap.servers' = '127.0.0.1:19092'",
                        "'key.fields' = 'order_id'",
                        "'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'",
                        "-- DML of src_orders (pipelines/sources/orders/src_orders/sql-scripts/dml.src_orders.sql) on local\nINSERT INTO src_orders\n")
                .doesNotContain(
                        "DISTRIBUTED", "changelog.mode", "kafka.retention.time", "avro-registry");
        assertThat(result.err())
                .contains(
                        "DDL: kafka-connector: connector kafka: no primary key, changelog mode append")
                .contains("DDL: distribution: removed DISTRIBUTED BY HASH(order_id) INTO 6 BUCKETS")
                .doesNotContain("warning");
    }

    @Test
    void printsOnlyTheDdlExactlyWithDdlOnly() throws IOException {
        CliRun.Result result =
                render(
                        "-e",
                        "local",
                        "-t",
                        "raw_orders",
                        "--ddl-only",
                        "-q",
                        "--project-path",
                        CONFLUENT.toString(),
                        "--no-cache");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("-- Seed: orders as the web shop publishes them")
                .contains(
                        "  `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,\n"
                                + "  WATERMARK FOR `$rowtime` AS `$rowtime` - INTERVAL '1' SECOND\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void keepsTheSqlOfAnOpenSourceTableOfTheExample() throws IOException {
        CliRun.Result result =
                render(
                        "--env",
                        "local",
                        "--table-name",
                        "orders_fct_order_details",
                        "--dml-only",
                        "--project-path",
                        EXAMPLE.toString(),
                        "--no-cache");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .isEqualTo(
                        Files.readString(
                                EXAMPLE.resolve(
                                        "pipelines/facts/orders/fct_order_details/sql-scripts/dml.orders_fct_order_details.sql")));
    }

    @Test
    void rendersASingleFileAndReportsChangesAsJson() throws IOException {
        Path ddl =
                Files.writeString(
                        dir.resolve("t.sql"),
                        "CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED, v STRING)\n"
                                + "DISTRIBUTED BY (id) INTO 4 BUCKETS WITH ('kafka.retention.time' = '1 d');\n");

        CliRun.Result result =
                render(
                        "--env",
                        "local",
                        "--file",
                        ddl.toString(),
                        "--json",
                        "--project-path",
                        dir.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = Problems.JSON.readTree(result.out());
        assertThat(json.get("environment").asString()).isEqualTo("local");
        assertThat(json.get("platform").asString()).isEqualTo("apache-flink");
        assertThat(json.get("table").asString()).isEqualTo("t");
        JsonNode statement = json.get("statements").get(0);
        assertThat(statement.get("role").asString()).isEqualTo("DDL");
        assertThat(statement.get("changed").asBoolean()).isTrue();
        assertThat(statement.get("sql").asString())
                .isEqualTo(
                        "CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED, v STRING)\n"
                                + "WITH ('connector' = 'upsert-kafka', 'topic' = 't',"
                                + " 'properties.bootstrap.servers' = '127.0.0.1:19092',"
                                + " 'key.format' = 'avro-confluent', 'key.avro-confluent.url' ="
                                + " 'http://127.0.0.1:18085/apis/ccompat/v7', 'value.format' ="
                                + " 'avro-confluent', 'value.avro-confluent.url' ="
                                + " 'http://127.0.0.1:18085/apis/ccompat/v7');\n");
        assertThat(statement.get("changes")).hasSize(4);
        assertThat(statement.get("warnings")).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void usesTheEnvironmentsFileOfTheProject() throws IOException {
        Files.writeString(
                dir.resolve("environments.yaml"),
                """
                environments:
                  stage:
                    platform: confluent-cloud
                    replacements:
                      - from: "-dev"
                        to: "-stage"
                """);
        Path dml =
                Files.writeString(
                        dir.resolve("dml.sql"), "INSERT INTO `out-dev` SELECT * FROM `in-dev`;\n");

        CliRun.Result result =
                render(
                        "--env",
                        "stage",
                        "--file",
                        dml.toString(),
                        "--project-path",
                        dir.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("INSERT INTO `out-stage` SELECT * FROM `in-stage`;\n");
        assertThat(result.err())
                .isEqualTo("DML: replace: replaced '-dev' with '-stage' (2 places)\n");
    }

    @Test
    void failsWithTheRuleAndTableWhenARuleFails() throws IOException {
        Files.writeString(
                dir.resolve("environments.yaml"),
                """
                environments:
                  stage:
                    platform: confluent-cloud
                    replacements:
                      - {from: "orders", to: ""}
                """);
        Path dml = Files.writeString(dir.resolve("dml.sql"), "INSERT INTO orders SELECT 1;\n");

        CliRun.Result result =
                render(
                        "--env",
                        "stage",
                        "--file",
                        dml.toString(),
                        "--project-path",
                        dir.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.PROJECT_ERRORS);
        assertThat(result.err())
                .isEqualTo(
                        "SQL rule 'replace' failed on the DML of table orders for environment"
                                + " stage: replacing 'orders' with '' leaves nothing of the name"
                                + " orders\n");
    }

    @Test
    void saysWhenATableIsExternal() {
        CliRun.Result result =
                render(
                        "--env",
                        "local",
                        "-t",
                        "fx_rates",
                        "--project-path",
                        EXAMPLE.toString(),
                        "--no-cache");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("fx_rates is an external table: nothing is deployed for it.");
    }

    @Test
    void rejectsUnknownEnvironmentsTablesAndBadFiles() throws IOException {
        Path bad =
                Files.writeString(
                        dir.resolve("bad.yaml"), "environments:\n  x:\n    platform: nope\n");

        CliRun.Result unknownEnv =
                render("--env", "prod", "-t", "src_orders", "--project-path", CONFLUENT.toString());
        CliRun.Result unknownTable =
                render(
                        "--env",
                        "local",
                        "-t",
                        "nope",
                        "--project-path",
                        CONFLUENT.toString(),
                        "--no-cache");
        CliRun.Result badFile =
                render(
                        "--env",
                        "x",
                        "-t",
                        "src_orders",
                        "--environments",
                        bad.toString(),
                        "--project-path",
                        CONFLUENT.toString());
        CliRun.Result missing =
                render("--env", "local", "--file", dir.resolve("none.sql").toString());
        CliRun.Result both = render("--env", "local", "-t", "a", "--file", "b.sql");

        assertThat(unknownEnv.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownEnv.err())
                .contains("Unknown environment 'prod' (defined: local; from built-in)");
        assertThat(unknownTable.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownTable.err()).contains("Unknown table 'nope'");
        assertThat(badFile.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFile.err())
                .contains(bad + ":3: environments.x.platform: unknown platform 'nope'");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--file: cannot read");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    }
}
