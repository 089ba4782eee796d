package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code replace} rule: shift_left's per-environment replacements, token by token. */
class ReplaceRuleTests {

    private final ReplaceRule rule = new ReplaceRule();

    private static RuleContext context(StatementRole role, Replacement... replacements) {
        return new RuleContext(
                TargetEnvironment.confluentCloud("stage", List.of(replacements)),
                role,
                TableContext.unknown());
    }

    @Test
    void replacesInNamesButNeverInCommentsOrStrings() {
        String sql =
                """
                -- reads clone.dev.orders
                INSERT INTO orders_stage
                SELECT 'clone.dev.x' AS tag, o.id FROM clone.dev.orders AS o
                JOIN `clone`.`dev`.`customers` c ON o.cid = c.id;""";
        RuleContext context = context(StatementRole.DML, Replacement.of("clone.dev.", ""));

        assertThat(rule.apply(sql, context))
                .isEqualTo(
                        """
                        -- reads clone.dev.orders
                        INSERT INTO orders_stage
                        SELECT 'clone.dev.x' AS tag, o.id FROM orders AS o
                        JOIN customers c ON o.cid = c.id;""");
        assertThat(context.changes()).containsExactly("replaced 'clone.dev.' with '' (2 places)");
    }

    @Test
    void quotesANameThatNeedsIt() {
        String sql = "INSERT INTO t SELECT * FROM src_orders_dev";

        assertThat(rule.apply(sql, context(StatementRole.DML, Replacement.of("_dev", "-stage"))))
                .isEqualTo("INSERT INTO t SELECT * FROM `src_orders-stage`");
    }

    @Test
    void replacesOptionValuesOfDdlOnly() {
        String sql =
                """
                CREATE TABLE t (a STRING) WITH (
                  'value.avro-registry.schema-context' = '.flink-dev'
                );
                INSERT INTO t SELECT '.flink-dev';""";
        Replacement schemaContext =
                new Replacement(
                        ".flink-dev",
                        ".flink-stage",
                        false,
                        EnumSet.of(Replacement.Target.OPTION_VALUES),
                        Replacement.Scope.DDL);

        assertThat(rule.apply(sql, context(StatementRole.DDL, schemaContext)))
                .isEqualTo(
                        """
                        CREATE TABLE t (a STRING) WITH (
                          'value.avro-registry.schema-context' = '.flink-stage'
                        );
                        INSERT INTO t SELECT '.flink-dev';""");
        assertThat(rule.apply(sql, context(StatementRole.DML, schemaContext))).isSameAs(sql);
    }

    @Test
    void appliesRegularExpressionsToStringsWhenAsked() {
        String sql = "SELECT * FROM t WHERE topic = 'ap-orders-dev' AND x = 'dev'";
        Replacement topics =
                new Replacement(
                        "^ap-(.*)-dev$",
                        "ap-$1-prod",
                        true,
                        EnumSet.of(Replacement.Target.STRINGS),
                        Replacement.Scope.ALL);

        assertThat(rule.apply(sql, context(StatementRole.DML, topics)))
                .isEqualTo("SELECT * FROM t WHERE topic = 'ap-orders-prod' AND x = 'dev'");
    }
}
