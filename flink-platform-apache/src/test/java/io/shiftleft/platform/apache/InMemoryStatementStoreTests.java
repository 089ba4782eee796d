package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.SqlHash;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The store the tests and the CLI use: one statement per name, creation order, thread-safe. */
class InMemoryStatementStoreTests {

    private final InMemoryStatementStore store = new InMemoryStatementStore();

    @Test
    void insertsOncePerName() {
        assertThat(store.insert(statement("a", 1))).isTrue();
        assertThat(store.insert(statement("a", 2))).isFalse();
        assertThat(store.find("a")).get().extracting(StoredStatement::createdAt).isEqualTo(at(1));
    }

    @Test
    void updatesAndDeletesOnlyWhatExists() {
        assertThat(store.update(statement("a", 1))).isFalse();
        store.insert(statement("a", 1));

        assertThat(store.update(statement("a", 1).withJob("j1"))).isTrue();
        assertThat(store.find("a"))
                .get()
                .extracting(StoredStatement::jobId)
                .isEqualTo(Optional.of("j1"));
        assertThat(store.delete("a")).isTrue();
        assertThat(store.delete("a")).isFalse();
        assertThat(store.find("a")).isEmpty();
    }

    @Test
    void listsInCreationOrder() {
        store.insert(statement("c", 3));
        store.insert(statement("a", 1));
        store.insert(statement("b", 2));
        store.insert(statement("a2", 1));

        assertThat(store.findAll())
                .extracting(StoredStatement::name)
                .containsExactly("a", "a2", "b", "c");
    }

    @Test
    void letsOneOfManyConcurrentInsertsOfANameWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results =
                    IntStream.range(0, 32)
                            .mapToObj(i -> pool.submit(() -> store.insert(statement("x", i))))
                            .toList();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsStopsAndTheirSavepoints() {
        StoredStatement running = statement("a", 1).withJob("j1");

        StoredStatement stopping = running.withStop(Optional.of("t1"), true);
        StoredStatement stopped =
                stopping.withStopResolved(Optional.of("file:/sp/1"), true, Optional.empty());
        StoredStatement cancelled = stopped.withStop(Optional.empty(), false);
        StoredStatement resumed = stopped.withJob("j2");

        assertThat(stopping.stopped()).isTrue();
        assertThat(stopping.savepointTriggerId()).contains("t1");
        assertThat(stopped.savepointPath()).contains("file:/sp/1");
        assertThat(stopped.savepointTriggerId()).isEmpty();
        assertThat(cancelled.savepointPath()).isEmpty();
        assertThat(resumed.stopped()).isFalse();
        assertThat(resumed.savepointPath()).contains("file:/sp/1");
        assertThat(resumed.jobId()).contains("j2");
    }

    private static StoredStatement statement(String name, int second) {
        String sql = "INSERT INTO t SELECT * FROM s";
        return StoredStatement.submitted(
                name, sql, SqlHash.of(sql), StatementKind.DML, Map.of(), Map.of(), at(second));
    }

    private static Instant at(int second) {
        return Instant.parse("2026-11-27T00:00:00Z").plusSeconds(second);
    }
}
