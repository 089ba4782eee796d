package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules that remove what open-source Flink rejects: options, distribution, partitioning. */
class OptionRemovalTests {

    @Test
    void removesConfluentCloudOptions() {
        String sql =
                """
                CREATE TABLE t (a INT) WITH (
                  'connector' = 'kafka',
                  'changelog.mode' = 'append',
                  'kafka.retention.time' = '7 d',
                  'Kafka.Cleanup-Policy' = 'compact',
                  'value.format' = 'avro-confluent',
                  'value.avro-registry.schema-context' = '.flink-dev',
                  'error-handling.mode' = 'log',
                  'scan.bounded.mode' = 'latest-offset'
                );""";
        RuleContext context = RuleFixtures.ddl(RuleFixtures.local());

        assertThat(new ConfluentOptionsRule().apply(sql, context))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          'connector' = 'kafka',
                          'value.format' = 'avro-confluent',
                          'scan.bounded.mode' = 'latest-offset'
                        );""");
        assertThat(context.changes())
                .containsExactly(
                        "removed 'changelog.mode', 'kafka.retention.time', 'Kafka.Cleanup-Policy',"
                                + " 'value.avro-registry.schema-context', 'error-handling.mode'");
    }

    @Test
    void removesTheEnvironmentsOwnOptionsToo() {
        TargetEnvironment local = RuleFixtures.local();
        TargetEnvironment env =
                new TargetEnvironment(
                        "e",
                        Platform.APACHE_FLINK,
                        local.kafka(),
                        local.schemaRegistry(),
                        local.format(),
                        "",
                        local.rowtime(),
                        List.of(),
                        List.of("scan.bounded.*", "sink.partitioner"),
                        List.of(),
                        Set.of());
        String sql =
                "CREATE TABLE t (a INT) WITH ('scan.bounded.mode' = 'latest-offset',"
                        + " 'sink.partitioner' = 'fixed', 'topic' = 't')";

        assertThat(new ConfluentOptionsRule().apply(sql, RuleFixtures.ddl(env)))
                .isEqualTo("CREATE TABLE t (a INT) WITH ('topic' = 't')");
    }

    @Test
    void matchesGlobsWithoutCase() {
        assertThat(
                        ConfluentOptionsRule.glob("*avro-registry.*")
                                .matcher("KEY.avro-registry.x")
                                .matches())
                .isTrue();
        assertThat(ConfluentOptionsRule.glob("kafka.*").matcher("properties.kafka.x").matches())
                .isFalse();
    }

    @Test
    void removesDistributionAndPartitioningOfKafkaTablesOnly() {
        String kafka =
                """
                CREATE TABLE t (id INT)
                DISTRIBUTED BY HASH(id) INTO 4 BUCKETS
                PARTITIONED BY (id) WITH ('connector' = 'kafka');""";
        String files =
                "CREATE TABLE f (id INT, p STRING) PARTITIONED BY (p) WITH ('connector' ="
                        + " 'filesystem')";
        RuleContext context = RuleFixtures.ddl(RuleFixtures.local());

        assertThat(new DistributionRule().apply(kafka, context))
                .isEqualTo(
                        """
                        CREATE TABLE t (id INT)
                        WITH ('connector' = 'kafka');""");
        assertThat(new DistributionRule().apply(files, context)).isSameAs(files);
        assertThat(context.changes()).hasSize(2);
    }

    @Test
    void removesADistributionWrittenInline() {
        String sql = "CREATE TABLE t (id INT) DISTRIBUTED INTO 2 BUCKETS WITH ('a' = 'b')";

        assertThat(new DistributionRule().apply(sql, RuleFixtures.ddl(RuleFixtures.local())))
                .isEqualTo("CREATE TABLE t (id INT) WITH ('a' = 'b')");
    }
}
