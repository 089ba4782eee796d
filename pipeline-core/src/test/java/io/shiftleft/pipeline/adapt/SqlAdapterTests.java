package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The adapter end to end: built-in rules per platform, custom rules, warnings and failures. */
class SqlAdapterTests {

    static final String CONFLUENT_DDL =
            """
            -- Orders, keyed by id (Confluent Cloud).
            CREATE TABLE IF NOT EXISTS orders (
              order_id STRING NOT NULL, -- the key
              amount DECIMAL(10, 2),
              created_at TIMESTAMP_LTZ(3),
              PRIMARY KEY (order_id) NOT ENFORCED,
              WATERMARK FOR $rowtime AS $rowtime - INTERVAL '5' SECOND
            ) DISTRIBUTED BY HASH(order_id) INTO 6 BUCKETS
            WITH (
              'changelog.mode' = 'upsert',
              'kafka.retention.time' = '7 d',
              'key.format' = 'avro-registry',
              'value.format' = 'avro-registry' /* registry formats */
            );
            """;

    @Test
    void turnsAConfluentCloudTableIntoOneOpenSourceFlinkAccepts() {
        AdaptedSql adapted =
                SqlAdapter.forEnvironment(TargetEnvironment.local())
                        .adapt(CONFLUENT_DDL, StatementRole.DDL, TableContext.of("orders"));

        assertThat(adapted.sql())
                .isEqualTo(
                        """
                        -- Orders, keyed by id (Confluent Cloud).
                        CREATE TABLE IF NOT EXISTS orders (
                          order_id STRING NOT NULL, -- the key
                          amount DECIMAL(10, 2),
                          created_at TIMESTAMP(3),
                          PRIMARY KEY (order_id) NOT ENFORCED,
                          WATERMARK FOR $rowtime AS $rowtime - INTERVAL '5' SECOND,
                          `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL
                        )
                        WITH (
                          'connector' = 'upsert-kafka',
                          'key.format' = 'avro-confluent',
                          'value.format' = 'avro-confluent', /* registry formats */
                          'topic' = 'orders',
                          'properties.bootstrap.servers' = '127.0.0.1:19092',
                          'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
                          'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
                        );
                        """);
        assertThat(adapted.changes())
                .extracting(c -> c.substring(0, c.indexOf(':')))
                .containsExactly(
                        "kafka-connector",
                        "kafka-connector",
                        "kafka-connector",
                        "kafka-connector",
                        "rowtime",
                        "avro-timestamps",
                        "distribution",
                        "confluent-options");
        assertThat(adapted.warnings()).isEmpty();
    }

    @Test
    void keepsTheSqlForConfluentCloudButForTheReplacements() {
        TargetEnvironment prod =
                TargetEnvironment.confluentCloud("prod", List.of(Replacement.of("-dev", "-prod")));
        SqlAdapter adapter = SqlAdapter.forEnvironment(prod);
        String ddl = CONFLUENT_DDL.replace("orders (", "`orders-dev` (");

        AdaptedSql adapted = adapter.adapt(ddl, StatementRole.DDL, TableContext.unknown());

        assertThat(adapted.sql()).isEqualTo(CONFLUENT_DDL.replace("orders (", "`orders-prod` ("));
        assertThat(adapter.rules()).extracting(SqlRule::name).containsExactly("replace");
    }

    @Test
    void leavesDmlAloneOnApacheFlinkButForTheReplacements() {
        String dml =
                "INSERT INTO orders SELECT order_id, amount, $rowtime FROM clone.dev.raw_orders;";
        TargetEnvironment local = TargetEnvironment.local();
        TargetEnvironment env =
                withRules(local, List.of(Replacement.of("clone.dev.", "")), List.of(), Set.of());

        AdaptedSql adapted =
                SqlAdapter.forEnvironment(env)
                        .adapt(dml, StatementRole.DML, TableContext.unknown());

        assertThat(adapted.sql())
                .isEqualTo("INSERT INTO orders SELECT order_id, amount, $rowtime FROM raw_orders;");
        assertThat(adapted.changes()).hasSize(1);
    }

    @Test
    void warnsWhenFlinksParserRejectsTheResult() {
        AdaptedSql adapted =
                SqlAdapter.forEnvironment(TargetEnvironment.local())
                        .adapt("INSERT INTO t SELEC 1", StatementRole.DML, TableContext.unknown());

        assertThat(adapted.warnings())
                .singleElement()
                .asString()
                .startsWith("line 1, column 15: Flink's SQL parser rejects the adapted SQL:");
    }

    @Test
    void runsCustomRulesByClassAndByFactoryAfterTheBuiltInOnes() {
        TargetEnvironment env =
                withRules(
                        TargetEnvironment.local(),
                        List.of(),
                        List.of(
                                new RuleSpec(
                                        "",
                                        TestingRules.Marker.class.getName(),
                                        Map.of("label", "by class"),
                                        "env.yaml:3"),
                                new RuleSpec(
                                        "marker", "", Map.of("label", "by factory"), "env.yaml:4")),
                        Set.of("rowtime", "avro-timestamps"));
        SqlAdapter adapter = SqlAdapter.forEnvironment(env);

        AdaptedSql adapted =
                adapter.adapt("INSERT INTO t SELECT 1", StatementRole.DML, TableContext.unknown());

        assertThat(adapter.rules())
                .extracting(SqlRule::name)
                .containsExactly(
                        "replace",
                        "kafka-connector",
                        "distribution",
                        "confluent-options",
                        "marker",
                        "marker");
        assertThat(adapted.sql())
                .isEqualTo("INSERT INTO t SELECT 1\n-- by class (DML)\n-- by factory (DML)");
        assertThat(adapted.changes())
                .containsExactly("marker: marked by class", "marker: marked by factory");
    }

    @Test
    void namesTheRuleAndTableWhenARuleFails() {
        TargetEnvironment env =
                withRules(
                        TargetEnvironment.local(),
                        List.of(),
                        List.of(
                                new RuleSpec(
                                        "", TestingRules.Failing.class.getName(), Map.of(), "f:1")),
                        Set.of());

        assertThatThrownBy(
                        () ->
                                SqlAdapter.forEnvironment(env)
                                        .adapt("SELECT 1", StatementRole.DML, TableContext.of("t")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "SQL rule 'failing' failed on the DML of table t for environment local:"
                                + " cannot rewrite this");
    }

    @Test
    void reportsCustomRulesThatCannotBeLoadedWithWhereTheyAreDeclared() {
        TargetEnvironment unknownClass =
                withRules(
                        TargetEnvironment.local(),
                        List.of(),
                        List.of(new RuleSpec("", "com.acme.Nope", Map.of(), "envs.yaml:12")),
                        Set.of());
        TargetEnvironment unknownName =
                withRules(
                        TargetEnvironment.local(),
                        List.of(),
                        List.of(new RuleSpec("nope", "", Map.of(), "envs.yaml:13")),
                        Set.of());
        TargetEnvironment badSettings =
                withRules(
                        TargetEnvironment.local(),
                        List.of(),
                        List.of(new RuleSpec("marker", "", Map.of(), "envs.yaml:14")),
                        Set.of());

        assertThatThrownBy(() -> SqlAdapter.forEnvironment(unknownClass))
                .isInstanceOf(EnvironmentConfigException.class)
                .hasMessage(
                        "envs.yaml:12: rule 'com.acme.Nope': class not found on the class path");
        assertThatThrownBy(() -> SqlAdapter.forEnvironment(unknownName))
                .hasMessage(
                        "envs.yaml:13: rule 'nope': no rule factory of this name on the class path (known: marker)");
        assertThatThrownBy(() -> SqlAdapter.forEnvironment(badSettings))
                .hasMessage("envs.yaml:14: rule 'marker': setting 'label' is required");
    }

    static TargetEnvironment withRules(
            TargetEnvironment base,
            List<Replacement> replacements,
            List<RuleSpec> rules,
            Set<String> disabled) {
        return new TargetEnvironment(
                base.name(),
                base.platform(),
                base.kafka(),
                base.schemaRegistry(),
                base.format(),
                base.valueFieldsInclude(),
                base.rowtime(),
                replacements,
                base.removeOptions(),
                rules,
                disabled);
    }
}
