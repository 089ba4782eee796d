package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code kafka-connector} rule: connector choice and the options added, replaced, removed. */
class KafkaConnectorRuleTests {

    private final KafkaConnectorRule rule = new KafkaConnectorRule();

    private String json(String sql) {
        return rule.apply(sql, RuleFixtures.ddl(RuleFixtures.json()));
    }

    @Test
    void makesAnAppendTableWithoutKeyAKafkaTable() {
        String sql =
                """
                CREATE TABLE clicks (
                  url STRING, -- the page
                  ts TIMESTAMP(3)
                );""";

        assertThat(json(sql))
                .isEqualTo(
                        """
                        CREATE TABLE clicks (
                          url STRING, -- the page
                          ts TIMESTAMP(3)
                        )
                        WITH (
                          'connector' = 'kafka',
                          'topic' = 'test.clicks',
                          'properties.bootstrap.servers' = 'broker:9092',
                          'scan.startup.mode' = 'latest-offset',
                          'value.format' = 'json'
                        );""");
    }

    @Test
    void makesAKeyedTableUpsertKafkaByDefaultAsConfluentCloudDoes() {
        String sql = "CREATE TABLE c (id INT PRIMARY KEY NOT ENFORCED, name STRING)";
        RuleContext context = RuleFixtures.ddl(RuleFixtures.json());

        String adapted = rule.apply(sql, context);

        assertThat(adapted)
                .isEqualTo(
                        "CREATE TABLE c (id INT PRIMARY KEY NOT ENFORCED, name STRING) WITH"
                                + " ('connector' = 'upsert-kafka', 'topic' = 'test.c',"
                                + " 'properties.bootstrap.servers' = 'broker:9092', 'key.format' ="
                                + " 'json', 'value.format' = 'json')");
        assertThat(context.changes().get(0))
                .isEqualTo(
                        "connector upsert-kafka: primary key (id), changelog mode upsert"
                                + " (Confluent Cloud's default)");
    }

    @Test
    void keepsAKeyedAppendTableOnKafkaWithoutItsPrimaryKey() {
        String sql =
                """
                CREATE TABLE orders (
                  order_id STRING NOT NULL,
                  amount INT,
                  PRIMARY KEY (order_id) NOT ENFORCED
                ) WITH (
                  'changelog.mode' = 'append',
                  'key.format' = 'avro-registry',
                  'value.format' = 'avro-registry'
                );""";

        assertThat(json(sql))
                .isEqualTo(
                        """
                        CREATE TABLE orders (
                          order_id STRING NOT NULL,
                          amount INT
                        ) WITH (
                          'connector' = 'kafka',
                          'changelog.mode' = 'append',
                          'key.format' = 'json',
                          'value.format' = 'json',
                          'topic' = 'test.orders',
                          'properties.bootstrap.servers' = 'broker:9092',
                          'scan.startup.mode' = 'latest-offset',
                          'key.fields' = 'order_id'
                        );""");
    }

    @Test
    void takesTheKeyOfAKafkaTableFromItsDistribution() {
        String sql = "CREATE TABLE e (a INT, b INT, v STRING) DISTRIBUTED BY (a, b) INTO 3 BUCKETS";

        assertThat(json(sql))
                .contains("'key.format' = 'json'", "'key.fields' = 'a;b'", "'connector' = 'kafka'");
    }

    @Test
    void choosesUpsertKafkaForARetractTableWithKeyAndDebeziumWithout() {
        String keyed =
                "CREATE TABLE r (k INT, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH"
                        + " ('changelog.mode' = 'retract')";
        String unkeyed = "CREATE TABLE r (k INT, n BIGINT) WITH ('changelog.mode' = 'retract')";

        assertThat(json(keyed)).contains("'connector' = 'upsert-kafka'");
        assertThat(rule.apply(unkeyed, RuleFixtures.ddl(RuleFixtures.local())))
                .contains(
                        "'connector' = 'kafka'",
                        "'value.format' = 'debezium-avro-confluent'",
                        "'value.debezium-avro-confluent.url' = '"
                                + TargetEnvironment.LOCAL_REGISTRY
                                + "'");
    }

    @Test
    void keepsOptionsAlreadyWrittenAndDropsWhatUpsertKafkaRejects() {
        String sql =
                """
                CREATE TABLE u (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH (
                  'connector' = 'confluent',
                  'topic' = 'legacy.u',
                  'scan.startup.mode' = 'earliest-offset',
                  'value.fields-include' = 'except-key'
                );""";

        assertThat(json(sql))
                .isEqualTo(
                        """
                        CREATE TABLE u (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH (
                          'connector' = 'upsert-kafka',
                          'topic' = 'legacy.u',
                          'value.fields-include' = 'EXCEPT_KEY',
                          'properties.bootstrap.servers' = 'broker:9092',
                          'key.format' = 'json',
                          'value.format' = 'json'
                        );""");
    }

    @Test
    void completesAKafkaTableThatLacksOptionsAndLeavesOtherConnectorsAlone() {
        String kafka =
                "CREATE TABLE k (a INT) WITH ('connector' = 'kafka', 'format' = 'avro-confluent')";
        String datagen = "CREATE TABLE g (a INT) WITH ('connector' = 'datagen')";

        assertThat(rule.apply(kafka, RuleFixtures.ddl(RuleFixtures.local())))
                .isEqualTo(
                        "CREATE TABLE k (a INT) WITH ('connector' = 'kafka', 'format' ="
                                + " 'avro-confluent', 'topic' = 'k',"
                                + " 'properties.bootstrap.servers' = '127.0.0.1:19092',"
                                + " 'scan.startup.mode' = 'earliest-offset', 'avro-confluent.url' = '"
                                + TargetEnvironment.LOCAL_REGISTRY
                                + "')");
        assertThat(json(datagen)).isSameAs(datagen);
    }

    @Test
    void keepsTheKeyLayoutOfATableThatNamesItsKafkaConnector() {
        String cdc =
                "CREATE TABLE cdc (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' ="
                        + " 'kafka', 'topic' = 'db.cdc', 'properties.bootstrap.servers' = 'k:1',"
                        + " 'scan.startup.mode' = 'earliest-offset', 'format' = 'debezium-json')";

        assertThat(json(cdc)).isSameAs(cdc);
    }

    @Test
    void ignoresOptionsWrittenInComments() {
        String sql =
                """
                CREATE TABLE t (a INT) WITH (
                  -- 'connector' = 'datagen', 'topic' = 'x'
                  'value.format' = 'json-registry'
                );""";

        assertThat(json(sql))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          -- 'connector' = 'datagen', 'topic' = 'x'
                          'connector' = 'kafka',
                          'value.format' = 'json',
                          'topic' = 'test.t',
                          'properties.bootstrap.servers' = 'broker:9092',
                          'scan.startup.mode' = 'latest-offset'
                        );""");
    }

    @Test
    void addsConnectorOptionsToACreateTableAsSelectBeforeItsQuery() {
        String sql =
                """
                CREATE TABLE totals (PRIMARY KEY (k) NOT ENFORCED)
                AS SELECT k, COUNT(*) AS n FROM s GROUP BY k;""";

        assertThat(json(sql))
                .isEqualTo(
                        """
                        CREATE TABLE totals (PRIMARY KEY (k) NOT ENFORCED)
                        WITH (
                          'connector' = 'upsert-kafka',
                          'topic' = 'test.totals',
                          'properties.bootstrap.servers' = 'broker:9092',
                          'key.format' = 'json',
                          'value.format' = 'json'
                        )
                        AS SELECT k, COUNT(*) AS n FROM s GROUP BY k;""");
    }

    @Test
    void removesTheWholeColumnListOfAnAppendCtasWhoseOnlyElementIsTheKey() {
        String sql =
                "CREATE TABLE t (PRIMARY KEY (k) NOT ENFORCED) WITH ('changelog.mode' = 'append')"
                        + " AS SELECT k FROM s";

        assertThat(json(sql)).startsWith("CREATE TABLE t WITH ('connector' = 'kafka'");
    }

    @Test
    void addsTheEnvironmentsKafkaPropertiesAndRegistryOptions() {
        TargetEnvironment local = RuleFixtures.local();
        TargetEnvironment env =
                new TargetEnvironment(
                        "secure",
                        Platform.APACHE_FLINK,
                        new TargetEnvironment.Kafka(
                                "b:9093",
                                "{table}",
                                "earliest-offset",
                                java.util.Map.of("group.id", "{table}-reader")),
                        new TargetEnvironment.SchemaRegistry(
                                "https://sr", java.util.Map.of("basic-auth.user-info", "u:p")),
                        KafkaFormat.AVRO_CONFLUENT,
                        "EXCEPT_KEY",
                        local.rowtime(),
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.Set.of());

        String adapted =
                rule.apply(
                        "CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED)", RuleFixtures.ddl(env));

        assertThat(adapted)
                .contains(
                        "'properties.group.id' = 't-reader'",
                        "'key.avro-confluent.basic-auth.user-info' = 'u:p'",
                        "'value.avro-confluent.url' = 'https://sr'",
                        "'value.fields-include' = 'EXCEPT_KEY'");
    }
}
