package io.shiftleft.deployer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names a step derives, after shift_left's conventions. */
class StatementNamingTests {

    @Test
    void findsTheDmlStatementOfADdlStatementByItsNameOrItsProperty() {
        assertThat(StatementNaming.dmlOf(ddl("dev-usw2-p1-ddl-p1-fct-order", Map.of())))
                .contains("dev-usw2-p1-dml-p1-fct-order");
        assertThat(
                        StatementNaming.dmlOf(
                                ddl(
                                        "create-orders",
                                        Map.of(Step.DML_STATEMENT_NAME, "fill-orders"))))
                .contains("fill-orders");
        assertThat(StatementNaming.dmlOf(ddl("create-orders", Map.of()))).isEmpty();
    }

    @Test
    void namesTheDropStatementAfterTheTableWithinTheLongestName() {
        assertThat(StatementNaming.dropOf("p1_fct_order", 72)).isEqualTo("drop-p1-fct-order");
        assertThat(StatementNaming.dropOf("Catalog.DB.Orders_", 72))
                .isEqualTo("drop-catalog-db-orders");
        assertThat(StatementNaming.dropOf("a_" + "b".repeat(80), 72)).hasSize(72);
        assertThat(StatementNaming.quoted("cat.db.orders")).isEqualTo("`cat`.`db`.`orders`");
        assertThat(StatementNaming.quoted("`orders`")).isEqualTo("`orders`");
    }

    @Test
    void keepsTheDeployersOwnPropertiesFromThePlatform() {
        Step step =
                ddl(
                        "dev-ddl-x",
                        Map.of(Step.DML_STATEMENT_NAME, "dev-dml-x", "sql.current-catalog", "env"));

        assertThat(step.platformProperties()).containsOnlyKeys("sql.current-catalog");
    }

    private static Step ddl(String name, Map<String, String> properties) {
        return new Step(
                StepAction.RUN_DDL,
                name,
                "orders",
                Optional.of("CREATE TABLE orders (id INT)"),
                Optional.empty(),
                properties,
                true,
                Duration.ofMinutes(1));
    }
}
