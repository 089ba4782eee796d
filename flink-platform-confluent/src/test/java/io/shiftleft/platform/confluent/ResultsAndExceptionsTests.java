package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.ResultPage.ChangeKind;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Result pages by {@code metadata.next}, and exceptions newest first. */
class ResultsAndExceptionsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform();
    }

    @Test
    void readsResultPagesUntilThereIsNoNextLink() {
        platform.submit(StatementSpec.of("show", "SHOW TABLES"));
        CLOUD.statements()
                .seedResults(
                        "show",
                        List.of("table_name", "n"),
                        List.of(
                                row("{\"row\":[\"orders\",1]}"),
                                row("{\"op\":1,\"row\":[\"orders\",1]}"),
                                row("{\"op\":2,\"row\":[\"orders\",2.5]}"),
                                row("{\"op\":3,\"row\":[null,[1,2]]}"),
                                row("{\"op\":0,\"row\":[\"x\",12345678901234567890]}")));
        platform.awaitPhase("show", Set.of(StatementPhase.COMPLETED), Duration.ofMinutes(1));

        ResultPage first = platform.fetchResults("show", Optional.empty());
        ResultPage second = platform.fetchResults("show", first.nextToken());
        ResultPage third = platform.fetchResults("show", second.nextToken());

        assertThat(first.columns()).containsExactly("table_name", "n");
        assertThat(first.rows())
                .extracting(ResultPage.Row::kind)
                .containsExactly(ChangeKind.INSERT, ChangeKind.UPDATE_BEFORE);
        assertThat(first.rows().get(0).values()).containsExactly("orders", 1L);
        assertThat(second.rows())
                .extracting(ResultPage.Row::kind)
                .containsExactly(ChangeKind.UPDATE_AFTER, ChangeKind.DELETE);
        assertThat(second.rows().get(0).values()).containsExactly("orders", 2.5);
        assertThat(second.rows().get(1).values()).containsExactly(null, List.of(1L, 2L));
        assertThat(third.rows().get(0).values())
                .containsExactly("x", new java.math.BigInteger("12345678901234567890"));
        assertThat(first.nextToken()).isPresent();
        assertThat(third.nextToken()).isEmpty();
    }

    @Test
    void refusesAPageTokenOfAnotherStatement() {
        platform.submit(StatementSpec.of("a", "SHOW TABLES"));
        platform.submit(StatementSpec.of("b", "SHOW TABLES"));
        String foreign =
                CLOUD.baseUrl()
                        + "/sql/v1/organizations/o/environments/e/statements/b/results?page_token=p2";

        assertThatThrownBy(() -> platform.fetchResults("a", Optional.of(foreign)))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
                            assertThat(e.getMessage()).contains("not a results link");
                        });
        assertThatThrownBy(
                        () ->
                                platform.fetchResults(
                                        "a", Optional.of("https://elsewhere.example/x")))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_REQUEST);
    }

    @Test
    void listsTheExceptionsOfAFailedStatementNewestFirst() {
        platform.submit(StatementSpec.of("bad", "SELEC 1"));
        PlatformException failed =
                org.junit.jupiter.api.Assertions.assertThrows(
                        PlatformException.class,
                        () ->
                                platform.awaitPhase(
                                        "bad",
                                        Set.of(StatementPhase.RUNNING),
                                        Duration.ofMinutes(1)));
        CLOUD.statements()
                .addException("bad", exception("Older", Instant.parse("2026-01-01T00:00:00Z")));
        CLOUD.statements().addException("bad", exception("Undated", null));

        List<StatementError> errors = platform.exceptions("bad");

        assertThat(failed.reason()).isEqualTo(Reason.UNEXPECTED_PHASE);
        assertThat(failed.getMessage()).contains("SQL parse failed. Encountered \"SELEC\"");
        assertThat(errors)
                .extracting(StatementError::name)
                .containsExactly(
                        "org.apache.flink.table.api.SqlParserException", "Older", "Undated");
        assertThat(errors.get(0).message()).contains("Encountered \"SELEC\"");
        assertThat(errors.get(2).timestamp()).isEmpty();
    }

    private static JsonNode row(String json) {
        return JSON.readTree(json);
    }

    private static JsonNode exception(String name, Instant at) {
        var e = JSON.createObjectNode();
        e.put("kind", "StatementException");
        e.put("name", name);
        e.put("message", name + " happened");
        if (at != null) {
            e.put("timestamp", at.toString());
        }
        return e;
    }
}
