package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens: comments skipped, quotes read, literals and identifiers written back. */
class SqlTokenTests {

    @Test
    void skipsCommentsAndHints() {
        List<SqlToken> tokens =
                SqlToken.tokenize("SELECT /*+ OPTIONS('a'='b') */ x -- not 'this'\nFROM t");

        assertThat(tokens).extracting(SqlToken::text).containsExactly("SELECT", "x", "FROM", "t");
    }

    @Test
    void readsQuotedTokensWithDoubledQuotes() {
        List<SqlToken> tokens = SqlToken.tokenize("'it''s' `my``col` $rowtime");

        assertThat(tokens)
                .extracting(SqlToken::kind, SqlToken::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SqlToken.Kind.STRING, "it's"),
                        org.assertj.core.groups.Tuple.tuple(SqlToken.Kind.QUOTED, "my`col"),
                        org.assertj.core.groups.Tuple.tuple(SqlToken.Kind.WORD, "$rowtime"));
        assertThat(tokens.get(0).end()).isEqualTo(7);
    }

    @Test
    void runsAnUnterminatedStringToTheEnd() {
        List<SqlToken> tokens = SqlToken.tokenize("x = 'open");

        assertThat(tokens).hasSize(3);
        assertThat(tokens.get(2).end()).isEqualTo(9);
    }

    @Test
    void writesLiteralsAndIdentifiersFlinkReads() {
        assertThat(SqlToken.literal("it's")).isEqualTo("'it''s'");
        assertThat(SqlToken.identifier("orders", false)).isEqualTo("orders");
        assertThat(SqlToken.identifier("orders", true)).isEqualTo("`orders`");
        assertThat(SqlToken.identifier("orders-dev", false)).isEqualTo("`orders-dev`");
    }
}
