package io.shiftleft.platform.confluent.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fake reads a statement's kind the way the service does: past comments, CTAS by its query. */
class FakeStatementTests {

    @Test
    void aTableWithAWatermarkOrAComputedColumnIsDdlAndCompletes() {
        assertThat(
                        FakeStatement.targetOf(
                                "CREATE TABLE t (ts TIMESTAMP_LTZ(3), d AS ts,"
                                        + " WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aTableCreatedAsAQueryRuns() {
        assertThat(FakeStatement.targetOf("CREATE TABLE t AS SELECT * FROM s"))
                .isEqualTo("RUNNING");
        assertThat(FakeStatement.targetOf("create table t with ('a'='b') as (select 1)"))
                .isEqualTo("RUNNING");
    }

    @Test
    void commentsBeforeTheFirstKeywordAreSkipped() {
        assertThat(FakeStatement.targetOf("-- the orders\n/* v2 */\nINSERT INTO t SELECT 1"))
                .isEqualTo("RUNNING");
        assertThat(FakeStatement.targetOf("-- a table\nCREATE TABLE t (x INT)"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void somethingThatIsNoStatementFails() {
        assertThat(FakeStatement.targetOf("-- only a comment\nSELEKT 1")).isEqualTo("FAILED");
    }
}
