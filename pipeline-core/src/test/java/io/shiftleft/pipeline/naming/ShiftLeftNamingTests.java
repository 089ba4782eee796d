package io.shiftleft.pipeline.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftLeftNamingTests {

    private final ShiftLeftNaming dev = new ShiftLeftNaming(NamingSettings.of("dev", "us-west-2"));

    @Test
    void namesDmlStatementsWithEnvironmentRegionAndProduct() {
        assertThat(dev.dmlStatementName(table("src_x", "p2"))).isEqualTo("dev-usw2-p2-dml-src-x");
    }

    @Test
    void namesDdlStatementsWithEnvironmentRegionAndProduct() {
        assertThat(dev.ddlStatementName(table("p1_fct_order", "p1")))
                .isEqualTo("dev-usw2-p1-ddl-p1-fct-order");
    }

    @Test
    void namesDropStatementsWithoutEnvironmentPrefix() {
        assertThat(dev.dropStatementName(table("p1_fct_order", "p1")))
                .isEqualTo("drop-p1-fct-order");
    }

    @Test
    void namesComputePoolsAfterEnvironmentAndTable() {
        assertThat(dev.computePoolName(table("p1_fct_order", "p1"))).isEqualTo("dev-p1-fct-order");
    }

    @Test
    void leavesProductSegmentOutForNoneOrEmptyProduct() {
        assertThat(dev.dmlStatementName(table("src_table_1", "None")))
                .isEqualTo("dev-usw2-dml-src-table-1");
        assertThat(dev.ddlStatementName(table("src_table_1", "")))
                .isEqualTo("dev-usw2-ddl-src-table-1");
    }

    @Test
    void leavesProductSegmentOutWhenSettingsSaySo() {
        ShiftLeftNaming naming =
                new ShiftLeftNaming(new NamingSettings("prod", "eu-central-1", false));

        assertThat(naming.dmlStatementName(table("p1_fct_order", "p1")))
                .isEqualTo("prod-euc1-dml-p1-fct-order");
    }

    @Test
    void usesRegionAbbreviationOfTheSettings() {
        ShiftLeftNaming naming = new ShiftLeftNaming(NamingSettings.of("stage", "ap-southeast-1"));

        assertThat(naming.dmlStatementName(table("src_x", "p2")))
                .isEqualTo("stage-apse1-p2-dml-src-x");
    }

    @Test
    void shortensPoolNamesOfRecordTablesAndCutsThemTo64() {
        String table = "src_recordconfiguration_recordexecution_" + "x".repeat(60);

        String pool = dev.computePoolName(table(table, "p1"));

        assertThat(pool).startsWith("dev-src-reccfg-recexe-xxx").hasSize(64);
    }

    @Test
    void keepsValidNamesUpToTheLimitUnchanged() {
        // dev-usw2-p1-dml- is 16 characters: a 56-character table name makes exactly 72
        String table = "t".repeat(56);

        assertThat(dev.dmlStatementName(table(table, "p1"))).isEqualTo("dev-usw2-p1-dml-" + table);
    }

    @Test
    void shortensTooLongNamesWithStableHash() {
        String table = "sl_c360_" + "very_long_table_name_".repeat(5);

        String name = dev.dmlStatementName(table(table, "c360"));

        assertThat(name)
                .hasSizeLessThanOrEqualTo(StatementNameRules.MAX_LENGTH)
                .matches(".*-[0-9a-f]{8}");
        assertThat(name).startsWith("dev-usw2-c360-dml-sl-c360-very-long-table-name-");
        assertThat(StatementNameRules.isValid(name)).isTrue();
        assertThat(dev.dmlStatementName(table(table, "c360"))).isEqualTo(name);
    }

    @Test
    void keepsTooLongNamesDistinctWhenTheyOnlyDifferAfterTheCut() {
        String common = "x".repeat(80);

        String first = dev.dmlStatementName(table(common + "_a", "p1"));
        String second = dev.dmlStatementName(table(common + "_b", "p1"));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, 63)).isEqualTo(second.substring(0, 63));
    }

    @Test
    void honoursAnotherLengthLimit() {
        ShiftLeftNaming naming =
                new ShiftLeftNaming(
                        NamingSettings.of("dev", "us-west-2"), StatementNameRules.API_MAX_LENGTH);
        String table = "t".repeat(84);

        assertThat(naming.dmlStatementName(table(table, "p1"))).hasSize(100).endsWith("-" + table);
        assertThat(naming.dmlStatementName(table(table + "u", "p1")))
                .hasSize(100)
                .doesNotEndWith("u");
    }

    @Test
    void repairsCharactersThePlatformRejects() {
        String name = dev.dmlStatementName(table("Orders", "data_product_1"));

        assertThat(name).matches("dev-usw2-data-product-1-dml-orders-[0-9a-f]{8}");
        assertThat(dev.shiftLeftStatementName(table("Orders", "data_product_1"), "dml"))
                .isEqualTo("dev-usw2-data_product_1-dml-Orders");
    }

    @Test
    void rejectsLimitsOutsideThePlatformRange() {
        NamingSettings settings = NamingSettings.of("dev", null);

        assertThatThrownBy(() -> new ShiftLeftNaming(settings, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShiftLeftNaming(settings, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TableNode table(String name, String product) {
        return new TableNode(
                name,
                product,
                TableType.SOURCE,
                StateForm.STATELESS,
                "pipelines/sources/" + name,
                "",
                "",
                null,
                Set.of(),
                Set.of());
    }
}
