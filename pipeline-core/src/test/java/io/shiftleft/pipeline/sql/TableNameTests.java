package io.shiftleft.pipeline.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TableNameTests {

    @Test
    void partsMapToCatalogDatabaseAndTable() {
        assertThat(TableName.of(List.of("t"))).isEqualTo(new TableName(null, null, "t"));
        assertThat(TableName.of(List.of("db", "t"))).isEqualTo(new TableName(null, "db", "t"));
        assertThat(TableName.of(List.of("c", "db", "t"))).isEqualTo(new TableName("c", "db", "t"));
        assertThat(TableName.of(List.of("clone", "dev", "ap-x", "record")))
                .isEqualTo(new TableName("clone.dev", "ap-x", "record"));
    }

    @Test
    void theNameIsTheTablePartAndQualifiedJoinsThePresentParts() {
        TableName name = new TableName("cat", "db", "my-topic");

        assertThat(name.name()).isEqualTo("my-topic");
        assertThat(name.qualified()).isEqualTo("cat.db.my-topic");
        assertThat(TableName.of("t").qualified()).isEqualTo("t");
        assertThat(name).hasToString("cat.db.my-topic");
    }

    @Test
    void parseUnderstandsBackticksWithDotsAndDoubledBackticks() {
        assertThat(TableName.parse("`cat`.db.`my.topic`"))
                .isEqualTo(new TableName("cat", "db", "my.topic"));
        assertThat(TableName.parse("`a``b`")).isEqualTo(TableName.of("a`b"));
    }

    @Test
    void namesSortByTheirQualifiedText() {
        TreeSet<TableName> names =
                new TreeSet<>(
                        List.of(
                                TableName.of("orders"),
                                new TableName(null, "dim_db", "products"),
                                new TableName("c", "a", "z"),
                                TableName.of("b")));

        assertThat(names)
                .map(TableName::qualified)
                .containsExactly("b", "c.a.z", "dim_db.products", "orders");
    }

    @Test
    void anEmptyTableOrACatalogWithoutDatabaseIsRejected() {
        assertThatThrownBy(() -> TableName.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableName("c", null, "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
