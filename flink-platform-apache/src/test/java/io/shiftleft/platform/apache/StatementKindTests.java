package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the adapter tells DDL, DML and queries apart. */
class StatementKindTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CREATE TABLE t (id INT) WITH ('connector' = 'kafka')|DDL",
                "create or replace view v as select 1|DDL",
                "CREATE TABLE t (id INT, ts AS PROCTIME())|DDL",
                "  -- a comment\\n DROP TABLE t|DDL",
                "ALTER TABLE t SET ('x' = 'y')|DDL",
                "SET 'table.exec.state.ttl' = '1 h'|DDL",
                "USE CATALOG c|DDL",
                "INSERT INTO t SELECT * FROM s|DML",
                "/* hint */ insert into t values (1)|DML",
                "EXECUTE STATEMENT SET BEGIN INSERT INTO t SELECT 1; END|DML",
                "BEGIN STATEMENT SET; INSERT INTO t SELECT 1; END|DML",
                "CREATE TABLE t WITH ('connector' = 'kafka') AS SELECT * FROM s|DML",
                "SELECT * FROM t|QUERY",
                "WITH x AS (SELECT 1) SELECT * FROM x|QUERY",
                "SHOW TABLES|QUERY",
                "EXPLAIN SELECT 1|QUERY"
            })
    void classifiesByTheFirstKeyword(String sql, StatementKind kind) {
        assertThat(StatementKind.of(sql.replace("\\n", "\n"))).isEqualTo(kind);
    }
}
