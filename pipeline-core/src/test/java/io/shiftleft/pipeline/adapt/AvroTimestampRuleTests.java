package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code avro-timestamps} rule: which columns lose their local time zone. */
class AvroTimestampRuleTests {

    private final AvroTimestampRule rule = new AvroTimestampRule();

    @Test
    void retypesPhysicalLocalZonedTimestampsOfAvroTables() {
        String sql =
                """
                CREATE TABLE t (
                  a TIMESTAMP_LTZ(3) NOT NULL COMMENT 'TIMESTAMP_LTZ stays in comments',
                  b TIMESTAMP(6) WITH LOCAL TIME ZONE,
                  c ARRAY<TIMESTAMP_LTZ(3)>,
                  m TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
                  d AS CAST(a AS TIMESTAMP_LTZ(3))
                ) WITH ('connector' = 'kafka', 'value.format' = 'avro-confluent')""";

        RuleContext context = RuleFixtures.ddl(RuleFixtures.local());

        assertThat(rule.apply(sql, context))
                .isEqualTo(
                        """
                        CREATE TABLE t (
                          a TIMESTAMP(3) NOT NULL COMMENT 'TIMESTAMP_LTZ stays in comments',
                          b TIMESTAMP(6),
                          c ARRAY<TIMESTAMP(3)>,
                          m TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
                          d AS CAST(a AS TIMESTAMP_LTZ(3))
                        ) WITH ('connector' = 'kafka', 'value.format' = 'avro-confluent')""");
        assertThat(context.changes()).singleElement().asString().contains("a, b, c as TIMESTAMP");
    }

    @Test
    void leavesJsonAndNonKafkaTablesAlone() {
        String json =
                "CREATE TABLE t (a TIMESTAMP_LTZ(3)) WITH ('connector' = 'kafka', 'value.format' ="
                        + " 'json')";
        String file =
                "CREATE TABLE t (a TIMESTAMP_LTZ(3)) WITH ('connector' = 'filesystem', 'format' ="
                        + " 'avro-confluent')";

        assertThat(rule.apply(json, RuleFixtures.ddl(RuleFixtures.local()))).isSameAs(json);
        assertThat(rule.apply(file, RuleFixtures.ddl(RuleFixtures.local()))).isSameAs(file);
    }
}
