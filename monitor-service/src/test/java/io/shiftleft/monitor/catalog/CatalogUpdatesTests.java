package io.shiftleft.monitor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Commands and results make the same entry whatever their order, and repeats change nothing. */
class CatalogUpdatesTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void mergesAResultReadBeforeItsCommand() {
        CommandSeen run = command("c1", "RUN_DML", "INSERT INTO t SELECT 1");
        ResultSeen ok = result("c1", "SUCCEEDED", "RUNNING", "job-1");

        CatalogEntry inOrder =
                CatalogUpdates.withResult(CatalogUpdates.withCommand(null, run), ok).orElseThrow();
        CatalogEntry reversed =
                CatalogUpdates.withCommand(CatalogUpdates.withResult(null, ok).orElseThrow(), run);

        assertThat(reversed).isEqualTo(inOrder);
        assertThat(inOrder.jobId()).isEqualTo("job-1");
        assertThat(inOrder.tableName()).isEqualTo("orders");
        assertThat(inOrder.present()).isTrue();
        assertThat(CatalogUpdates.withResult(inOrder, ok)).contains(inOrder);
    }

    @Test
    void keepsTheRunningJobWhileANewSubmissionIsUnansweredAndForgetsItWhenTheSubmitFails() {
        CatalogEntry running =
                CatalogUpdates.withResult(
                                CatalogUpdates.withCommand(null, command("c1", "RUN_DML", "A")),
                                result("c1", "SUCCEEDED", "RUNNING", "job-1"))
                        .orElseThrow();

        CatalogEntry restarting =
                CatalogUpdates.withCommand(running, command("c2", "RESTART_DML", "B"));
        CatalogEntry failed =
                CatalogUpdates.withResult(restarting, result("c2", "FAILED", "FAILED", null))
                        .orElseThrow();

        assertThat(restarting.jobId()).isEqualTo("job-1");
        assertThat(restarting.sql()).isEqualTo("B");
        assertThat(failed.jobId()).isNull();
        assertThat(failed.error()).isEqualTo("it broke");
        assertThat(CatalogUpdates.withResult(failed, result("c1", "SUCCEEDED", "RUNNING", "x")))
                .isEmpty();
    }

    @Test
    void marksStopsAndDeletesOnlyOnceTheyHaveSucceeded() {
        CatalogEntry running =
                CatalogUpdates.withResult(
                                CatalogUpdates.withCommand(null, command("c1", "RUN_DML", "A")),
                                result("c1", "SUCCEEDED", "RUNNING", "job-1"))
                        .orElseThrow();

        CatalogEntry stopping = CatalogUpdates.withCommand(running, command("c2", "STOP", null));
        CatalogEntry stopped =
                CatalogUpdates.withResult(stopping, result("c2", "SUCCEEDED", "STOPPED", "job-1"))
                        .orElseThrow();
        CatalogEntry deleting = CatalogUpdates.withCommand(stopped, command("c3", "DELETE", null));
        CatalogEntry deleted =
                CatalogUpdates.withResult(deleting, result("c3", "SUCCEEDED", "MISSING", null))
                        .orElseThrow();

        assertThat(stopping.stopped()).isFalse();
        assertThat(stopping.stoppedOnPurpose()).isTrue();
        assertThat(stopped.stopped()).isTrue();
        assertThat(deleting.present()).isTrue();
        assertThat(deleting.deletedOnPurpose()).isTrue();
        assertThat(deleted.present()).isFalse();
        assertThat(deleted.sql()).isEqualTo("A");
    }

    @Test
    void readsTheTableOfAStatementNamedTheShiftLeftWay() {
        assertThat(StatementCatalog.fromName("dev-usw2-p1-dml-fct-orders"))
                .isEqualTo(new TableRef("fct_orders", null, "name"));
        assertThat(StatementCatalog.fromName("adhoc-query")).isEqualTo(TableRef.NONE);
    }

    private static CommandSeen command(String id, String action, String sql) {
        return new CommandSeen(
                "dev",
                id,
                action,
                "dev-dml-orders",
                "orders",
                "p1",
                sql,
                sql == null ? null : "h",
                false,
                T0);
    }

    private static ResultSeen result(String id, String outcome, String phase, String job) {
        return new ResultSeen(
                "dev",
                id,
                "dev-dml-orders",
                outcome,
                phase,
                job,
                outcome.equals("FAILED") ? "it broke" : null,
                T0.plusSeconds(5));
    }
}
