package io.shiftleft.pipeline.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.sql.LexicalScanner.Token;
import io.shiftleft.pipeline.sql.LexicalScanner.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalScannerTests {

    private static List<String> texts(String sql) {
        return LexicalScanner.tokenize(sql).stream().map(Token::text).toList();
    }

    private static SqlAnalysis scan(String sql) {
        return SqlAnalyzer.analyzeLexically(sql, "f.sql");
    }

    @Test
    void doubledQuotesStandForOneQuoteInStringsAndIdentifiers() {
        List<Token> tokens = LexicalScanner.tokenize("'it''s' `a``b` \"c\"\"d\"");

        assertThat(tokens).map(Token::type).containsExactly(Type.STRING, Type.QUOTED, Type.QUOTED);
        assertThat(tokens).map(Token::text).containsExactly("it's", "a`b", "c\"d");
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertThat(texts("SELECT '--x', '/* y */' FROM t"))
                .containsExactly("SELECT", "--x", ",", "/* y */", "FROM", "t");
    }

    @Test
    void quotesInsideCommentsAreIgnored() {
        assertThat(texts("-- it's\nSELECT /* don't */ 1")).containsExactly("SELECT", "1");
    }

    @Test
    void blockCommentsDoNotNest() {
        // SQL ends a block comment at the first */: what follows is code again
        SqlAnalysis analysis = scan("SELECT * FROM a /* x /* y */ JOIN b ON TRUE");

        assertThat(analysis.sources()).containsExactly(TableName.of("a"), TableName.of("b"));
    }

    @Test
    void hintsAreComments() {
        assertThat(texts("SELECT * FROM t /*+ OPTIONS('k' = 'v') */"))
                .containsExactly("SELECT", "*", "FROM", "t");
    }

    @Test
    void anUnterminatedStringRunsToTheEnd() {
        List<Token> tokens = LexicalScanner.tokenize("SELECT 'abc FROM x");

        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).text()).isEqualTo("abc FROM x");
    }

    @Test
    void aStatementSetBlockIsOneStatement() {
        List<List<Token>> statements =
                LexicalScanner.statements(
                        LexicalScanner.tokenize(
                                "SET 'a' = 'b'; EXECUTE STATEMENT SET BEGIN INSERT INTO x SELECT 1;"
                                        + " INSERT INTO y SELECT 2; END; SELECT 3;;"));

        assertThat(statements).hasSize(3);
        assertThat(statements.get(1).get(0).text()).isEqualTo("EXECUTE");
        assertThat(statements.get(1).get(statements.get(1).size() - 1).text()).isEqualTo("END");
    }

    @Test
    void theScannerFindsCreateTargetsWithAllModifiers() {
        assertThat(
                        scan("CREATE OR REPLACE TABLE IF NOT EXISTS `db`.t1 AS SELECT * FROM s")
                                .targets())
                .containsExactly(new TableName(null, "db", "t1"));
        assertThat(scan("CREATE MATERIALIZED TABLE m AS SELECT * FROM s").kind())
                .isEqualTo(StatementKind.CREATE_MATERIALIZED_TABLE);
        assertThat(scan("CREATE TEMPORARY TABLE tt (id INT) WITH ('a' = 'b')").targets())
                .containsExactly(TableName.of("tt"));
    }

    @Test
    void lateralUnnestAndSubqueryParenthesesAreNotTables() {
        SqlAnalysis analysis =
                scan(
                        "SELECT * FROM s, LATERAL TABLE(f(s.x)) AS t(y)"
                                + " CROSS JOIN UNNEST(s.arr) AS u(z)"
                                + " JOIN (SELECT * FROM r) AS q ON TRUE");

        assertThat(analysis.sources()).containsExactly(TableName.of("r"), TableName.of("s"));
        assertThat(analysis.stateSignals()).containsExactly(StateSignal.JOIN);
    }
}
