package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How statements are kept on a real Flink: Flink's own message for bad SQL, DDL that outlives the
 * gateway session (and leaves the catalog with its statement), one name for one SQL, and query
 * results read page by page.
 */
class StatementHandlingTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static TestStack stack;
    private static InMemoryStatementStore store;
    private static ApacheFlinkPlatform platform;
    private static int counter;

    @BeforeAll
    static void startFlink() throws Exception {
        stack = TestStack.start();
        store = new InMemoryStatementStore();
        platform = stack.platform(store);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void deleteWhatTheTestMade() {
        store.findAll().forEach(s -> platform.delete(s.name()));
    }

    @Test
    void reportsBadDdlAsFailedWithFlinksMessage() {
        String name = name("bad-ddl");

        StatementStatus status =
                platform.submit(StatementSpec.of(name, "CREATE TABLE broken (id INT"));

        assertThat(status.phase()).isEqualTo(StatementPhase.FAILED);
        assertThat(status.detail()).contains("Encountered \"<EOF>\" at line 1, column 27");
        assertThat(platform.exceptions(name))
                .extracting(e -> e.message())
                .anyMatch(m -> m.contains("Encountered \"<EOF>\""));
        assertThatThrownBy(() -> platform.awaitPhase(name, Set.of(StatementPhase.COMPLETED), WAIT))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("Encountered \"<EOF>\"");
    }

    @Test
    void reportsADmlOverAMissingTableAsFailedWithFlinksMessage() {
        String name = name("bad-dml");

        StatementStatus status =
                platform.submit(StatementSpec.of(name, "INSERT INTO nowhere SELECT 1, 'x'"));

        assertThat(status.phase()).isEqualTo(StatementPhase.FAILED);
        assertThat(status.detail()).contains("Cannot find table").contains("nowhere");
        assertThat(status.platformId()).isEmpty();
    }

    @Test
    void keepsTablesForNewSessionsAndNewAdapters() {
        String source = table("src");
        String sink = table("snk");
        platform.close(); // the gateway session, and its in-memory catalog, are gone
        String dml = name("dml");

        StatementStatus first = platform.submit(insert(dml, source, sink));
        StatementStatus afterRestart;
        try (ApacheFlinkPlatform restarted = stack.platform(store)) {
            String second = name("dml");
            restarted.submit(insert(second, source, sink));
            afterRestart = restarted.awaitPhase(second, Set.of(StatementPhase.RUNNING), WAIT);
        }

        assertThat(first.phase()).isIn(StatementPhase.PENDING, StatementPhase.RUNNING);
        assertThat(afterRestart.phase()).isEqualTo(StatementPhase.RUNNING);
    }

    @Test
    void replaysTheTablesWhenTheGatewayForgetsTheSession() throws Exception {
        String source = table("src");
        String sink = table("snk");
        String forgotten = platform.sessionHandle().orElseThrow();
        HttpResponse<String> closed =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        stack.flink().gatewayUrl()
                                                                + "/v3/sessions/"
                                                                + forgotten))
                                        .DELETE()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        StatementStatus dml = platform.submit(insert(name("dml"), source, sink));

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(dml.phase()).isIn(StatementPhase.PENDING, StatementPhase.RUNNING);
        assertThat(platform.sessionHandle()).isPresent().isNotEqualTo(Optional.of(forgotten));
    }

    @Test
    void forgetsTheTableOfADeletedDdl() {
        String source = table("src");
        String sink = table("snk");
        String ddl =
                store.findAll().stream()
                        .filter(s -> s.sql().contains(sink))
                        .findFirst()
                        .orElseThrow()
                        .name();

        platform.delete(ddl);
        StatementStatus dml = platform.submit(insert(name("dml"), source, sink));

        assertThat(platform.get(ddl)).isEmpty();
        assertThat(dml.phase()).isEqualTo(StatementPhase.FAILED);
        assertThat(dml.detail()).contains("Cannot find table");
    }

    @Test
    void refusesOtherSqlUnderTheNameOfARunningStatement() {
        String source = table("src");
        String sink = table("snk");
        String dml = name("dml");
        platform.submit(insert(dml, source, sink));
        StatementStatus running = platform.awaitPhase(dml, Set.of(StatementPhase.RUNNING), WAIT);

        StatementStatus again = platform.submit(insert(dml, source, sink));

        assertThat(again.platformId()).isEqualTo(running.platformId());
        assertThatThrownBy(
                        () ->
                                platform.submit(
                                        StatementSpec.of(
                                                dml,
                                                "INSERT INTO "
                                                        + sink
                                                        + " SELECT id, 'other' FROM "
                                                        + source)))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.CONFLICT);
    }

    @Test
    void pagesTheResultsOfAQuery() {
        String name = name("query");
        platform.submit(
                StatementSpec.of(name, "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t(id, name)"));

        List<ResultPage.Row> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Optional<String> token = Optional.empty();
        long deadline = System.nanoTime() + WAIT.toNanos();
        do {
            ResultPage page = platform.fetchResults(name, token);
            rows.addAll(page.rows());
            if (columns.isEmpty()) {
                columns.addAll(page.columns());
            }
            token = page.nextToken();
        } while (token.isPresent() && System.nanoTime() < deadline);

        assertThat(token).isEmpty();
        assertThat(columns).containsExactly("id", "name");
        assertThat(rows)
                .extracting(ResultPage.Row::values)
                .containsExactlyInAnyOrder(List.of(1, "a"), List.of(2, "b"));
        assertThat(platform.awaitPhase(name, Set.of(StatementPhase.COMPLETED), WAIT).phase())
                .isEqualTo(StatementPhase.COMPLETED);
    }

    private static StatementSpec insert(String name, String source, String sink) {
        return StatementSpec.of(name, "INSERT INTO " + sink + " SELECT id, name FROM " + source);
    }

    private static String table(String stem) {
        String table = name(stem).replace('-', '_');
        String ddl = name("ddl-" + stem);
        StatementStatus status = platform.submit(StatementSpec.of(ddl, stack.kafkaTable(table)));
        assertThat(status.phase()).isEqualTo(StatementPhase.COMPLETED);
        return table;
    }

    private static synchronized String name(String stem) {
        return "s" + RUN + "-" + stem + "-" + ++counter;
    }
}
