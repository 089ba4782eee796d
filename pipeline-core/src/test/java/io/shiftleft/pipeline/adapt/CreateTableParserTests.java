package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the parts of {@code CREATE TABLE} statements from tokens. */
class CreateTableParserTests {

    @Test
    void findsTheClausesOfAConfluentCloudTable() {
        String sql =
                """
                -- a comment with CREATE TABLE x (y INT) in it
                CREATE TABLE IF NOT EXISTS `cat`.db.`orders-v1` (
                  id INT NOT NULL,
                  tags MAP<STRING, ARRAY<INT>>,
                  ts TIMESTAMP_LTZ(3),
                  CONSTRAINT pk PRIMARY KEY (id) NOT ENFORCED,
                  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
                ) COMMENT 'orders; (not a list)'
                DISTRIBUTED BY HASH(id) INTO 4 BUCKETS
                WITH ('changelog.mode' = 'upsert', 'value.format' = 'avro-registry');
                """;

        CreateTable table = CreateTableParser.find(sql).get(0);

        assertThat(table.name().qualified()).isEqualTo("cat.db.orders-v1");
        assertThat(table.elements())
                .extracting(CreateTable.Element::kind)
                .containsExactly(
                        CreateTable.ElementKind.COLUMN,
                        CreateTable.ElementKind.COLUMN,
                        CreateTable.ElementKind.COLUMN,
                        CreateTable.ElementKind.PRIMARY_KEY,
                        CreateTable.ElementKind.WATERMARK);
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.hasWatermark()).isTrue();
        assertThat(table.distribution().columns()).containsExactly("id");
        assertThat(table.distribution().span().of(sql))
                .isEqualTo("DISTRIBUTED BY HASH(id) INTO 4 BUCKETS");
        assertThat(table.optionValue("changelog.mode")).isEqualTo("upsert");
        assertThat(table.option("VALUE.FORMAT")).isPresent();
        assertThat(table.isCtas()).isFalse();
    }

    @Test
    void findsAPrimaryKeyDeclaredOnAColumn() {
        String sql = "CREATE TABLE t (`id` INT PRIMARY KEY NOT ENFORCED, v STRING)";

        CreateTable table = CreateTableParser.find(sql).get(0);

        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.elements().get(0).inlineKey().of(sql))
                .isEqualTo("PRIMARY KEY NOT ENFORCED");
        assertThat(table.with()).isNull();
        assertThat(sql.substring(0, table.clauseEnd())).endsWith("v STRING)");
    }

    @Test
    void readsACreateTableAsSelect() {
        String sql =
                "CREATE TABLE t (PRIMARY KEY (k) NOT ENFORCED) DISTRIBUTED INTO 2 BUCKETS AS"
                        + " SELECT k, COUNT(*) AS n FROM s GROUP BY k";

        CreateTable table = CreateTableParser.find(sql).get(0);

        assertThat(table.isCtas()).isTrue();
        assertThat(sql.substring(table.asQuery())).startsWith("AS SELECT");
        assertThat(table.distribution().columns()).isEmpty();
        assertThat(table.primaryKey()).containsExactly("k");
        assertThat(sql.substring(0, table.clauseEnd())).endsWith("2 BUCKETS");
    }

    @Test
    void readsPartitioningAndLike() {
        String sql = "CREATE TEMPORARY TABLE t PARTITIONED BY (p) WITH ('a' = 'b') LIKE s";

        CreateTable table = CreateTableParser.find(sql).get(0);

        assertThat(table.partitioning().columns()).containsExactly("p");
        assertThat(table.like()).isTrue();
        assertThat(table.elements()).isNull();
    }

    @Test
    void skipsOtherStatementsAndShapesItDoesNotKnow() {
        String sql =
                """
                SET 'sql.state-ttl' = '1 d';
                CREATE VIEW v AS SELECT 1;
                CREATE TABLE broken (a INT) WITH ('a' 'b');
                CREATE MATERIALIZED TABLE m AS SELECT 1;
                INSERT INTO t SELECT * FROM s;
                CREATE OR REPLACE TABLE ok (a INT);
                """;

        List<CreateTable> tables = CreateTableParser.find(sql);

        assertThat(tables).extracting(t -> t.name().name()).containsExactly("ok");
    }
}
