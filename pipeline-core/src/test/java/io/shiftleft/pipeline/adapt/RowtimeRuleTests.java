package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code rowtime} rule: when {@code $rowtime} is declared, and how. */
class RowtimeRuleTests {

    private final RowtimeRule rule = new RowtimeRule();

    private static final String WITH = " WITH ('connector' = 'kafka')";

    @Test
    void declaresTheColumnAWatermarkRefersTo() {
        String sql =
                """
                CREATE TABLE t (
                  id INT,
                  WATERMARK FOR $rowtime AS $rowtime - INTERVAL '10' SECOND
                )"""
                        + WITH;

        assertThat(rule.apply(sql, RuleFixtures.ddl(RuleFixtures.local())))
                .isEqualTo(
                        """
                        CREATE TABLE t (
                          id INT,
                          WATERMARK FOR $rowtime AS $rowtime - INTERVAL '10' SECOND,
                          `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL
                        )"""
                                + WITH);
    }

    @Test
    void declaresColumnAndDefaultWatermarkWhenAReaderUsesRowtime() {
        String sql = "CREATE TABLE t (id INT)" + WITH;
        RuleContext context =
                new RuleContext(
                        RuleFixtures.local(), StatementRole.DDL, new TableContext("t", "", true));

        assertThat(rule.apply(sql, context))
                .isEqualTo(
                        "CREATE TABLE t (id INT, `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM"
                                + " 'timestamp' VIRTUAL, WATERMARK FOR `$rowtime` AS `$rowtime` -"
                                + " INTERVAL '1' SECOND)"
                                + WITH);
    }

    @Test
    void leavesTablesThatDoNotUseItOrAlreadyDeclareIt() {
        String unused = "CREATE TABLE t (id INT) -- $rowtime in a comment\n" + WITH;
        String declared =
                "CREATE TABLE t (id INT, `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',"
                        + " WATERMARK FOR `$rowtime` AS `$rowtime`)"
                        + WITH;
        String datagen =
                "CREATE TABLE t (id INT, WATERMARK FOR $rowtime AS $rowtime) WITH ('connector' ="
                        + " 'datagen')";
        RuleContext context = RuleFixtures.ddl(RuleFixtures.local());

        assertThat(rule.apply(unused, context)).isSameAs(unused);
        assertThat(rule.apply(declared, context)).isSameAs(declared);
        assertThat(rule.apply(datagen, context)).isSameAs(datagen);
        assertThat(context.changes()).isEmpty();
    }

    @Test
    void followsTheEnvironmentsSettings() {
        TargetEnvironment local = RuleFixtures.local();
        TargetEnvironment always =
                new TargetEnvironment(
                        "always",
                        Platform.APACHE_FLINK,
                        local.kafka(),
                        local.schemaRegistry(),
                        local.format(),
                        "",
                        new TargetEnvironment.Rowtime(TargetEnvironment.RowtimeColumn.ALWAYS, ""),
                        List.of(),
                        List.of(),
                        List.of(),
                        Set.of());
        String sql = "CREATE TABLE t (id INT)" + WITH;

        assertThat(rule.apply(sql, RuleFixtures.ddl(always)))
                .isEqualTo(
                        "CREATE TABLE t (id INT, `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM"
                                + " 'timestamp' VIRTUAL)"
                                + WITH);
    }

    @Test
    void findsRowtimeInCodeOnly() {
        assertThat(RowtimeRule.usesRowtime("SELECT $rowtime FROM t")).isTrue();
        assertThat(RowtimeRule.usesRowtime("SELECT `$rowtime` FROM t")).isTrue();
        assertThat(RowtimeRule.usesRowtime("SELECT '$rowtime' -- $rowtime\n FROM t")).isFalse();
    }
}
