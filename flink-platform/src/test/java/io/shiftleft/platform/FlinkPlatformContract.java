package io.shiftleft.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link FlinkPlatform} adapter has, whatever the platform: an adapter's test
 * extends this class, provides the platform and SQL its platform accepts, and passes every test.
 *
 * <p>Each test creates its own uniquely named tables and statements ({@link #uniqueName}); the
 * statements it made are deleted after it.
 */
public abstract class FlinkPlatformContract {

    private final List<String> created = new ArrayList<>();

    /** The platform under test (one per test class is fine). */
    protected abstract FlinkPlatform platform();

    /** A name no other test uses, valid as a statement and as a table name. */
    protected abstract String uniqueName(String stem);

    /** A DDL that creates the table {@code table} (one INT column {@code id} at least). */
    protected abstract String createTableSql(String table);

    /** A streaming DML from {@code source} into {@code sink} that runs until stopped. */
    protected abstract String continuousInsertSql(String source, String sink);

    /** SQL the platform refuses, and a fragment of the message the platform gives for it. */
    protected abstract String invalidSql();

    /** A fragment of the platform's own message for {@link #invalidSql()}. */
    protected abstract String invalidSqlMessageFragment();

    /** The labels this test's statements carry; {@link #managed()} finds them. */
    protected abstract StatementSpec managedSpec(String name, String sql);

    /** The filter that finds exactly the statements {@link #managedSpec} makes in this run. */
    protected abstract StatementFilter managed();

    /** How long a DDL may take. */
    protected Duration ddlTimeout() {
        return Duration.ofSeconds(60);
    }

    /** How long a DML may take to run. */
    protected Duration runTimeout() {
        return Duration.ofSeconds(90);
    }

    @AfterEach
    void deleteWhatTheTestMade() {
        for (String name : created) {
            try {
                platform().delete(name);
            } catch (PlatformException e) {
                // best effort: the test's own assertions matter, not the cleanup
            }
        }
        created.clear();
    }

    private StatementStatus submit(String name, String sql) {
        created.add(name);
        return platform().submit(managedSpec(name, sql));
    }

    private String table(String stem) {
        String table = uniqueName(stem).replace('-', '_');
        String ddl = uniqueName("ddl-" + stem);
        submit(ddl, createTableSql(table));
        platform().awaitPhase(ddl, Set.of(StatementPhase.COMPLETED), ddlTimeout());
        return table;
    }

    private String runningInsert() {
        String source = table("src");
        String sink = table("snk");
        String dml = uniqueName("dml");
        submit(dml, continuousInsertSql(source, sink));
        platform().awaitPhase(dml, Set.of(StatementPhase.RUNNING), runTimeout());
        return dml;
    }

    @Test
    void ddlCompletes() {
        String name = uniqueName("ddl");
        submit(name, createTableSql(uniqueName("t").replace('-', '_')));

        StatementStatus done =
                platform().awaitPhase(name, Set.of(StatementPhase.COMPLETED), ddlTimeout());

        assertThat(done.name()).isEqualTo(name);
        assertThat(done.phase()).isEqualTo(StatementPhase.COMPLETED);
    }

    @Test
    void dmlRuns() {
        String dml = runningInsert();

        assertThat(platform().get(dml))
                .get()
                .extracting(StatementStatus::phase)
                .isEqualTo(StatementPhase.RUNNING);
    }

    @Test
    void submittingTheSameStatementTwiceStartsItOnce() {
        String dml = runningInsert();
        StatementStatus first = platform().get(dml).orElseThrow();

        StatementStatus again = platform().submit(managedSpec(dml, sqlOf(dml)));

        assertThat(again.platformId()).isEqualTo(first.platformId());
        assertThat(platform().list(managed()).stream().filter(s -> s.name().equals(dml)))
                .hasSize(1);
    }

    /** The SQL a running statement was submitted with (adapters know it from their store). */
    protected abstract String sqlOf(String statementName);

    @Test
    void stopStopsAndResumeRunsAgain() {
        String dml = runningInsert();

        platform().stop(dml, StopMode.SAVEPOINT);
        StatementStatus stopped =
                platform().awaitPhase(dml, Set.of(StatementPhase.STOPPED), runTimeout());
        platform().resume(dml, ResumeOptions.unchanged());
        StatementStatus resumed =
                platform().awaitPhase(dml, Set.of(StatementPhase.RUNNING), runTimeout());

        assertThat(stopped.phase()).isEqualTo(StatementPhase.STOPPED);
        assertThat(resumed.phase()).isEqualTo(StatementPhase.RUNNING);
    }

    @Test
    void deleteRemoves() {
        String dml = runningInsert();

        platform().delete(dml);

        assertThat(platform().get(dml)).isEmpty();
        assertThat(platform().list(managed()))
                .extracting(StatementStatus::name)
                .doesNotContain(dml);
    }

    @Test
    void badSqlFailsWithThePlatformsOwnMessage() {
        String name = uniqueName("bad");
        try {
            submit(name, invalidSql());
            platform()
                    .awaitPhase(
                            name,
                            Set.of(StatementPhase.COMPLETED, StatementPhase.RUNNING),
                            ddlTimeout());
            throw new AssertionError("Invalid SQL was accepted");
        } catch (PlatformException e) {
            assertThat(e.reason())
                    .isIn(
                            PlatformException.Reason.INVALID_REQUEST,
                            PlatformException.Reason.UNEXPECTED_PHASE);
            assertThat(e.getMessage()).contains(invalidSqlMessageFragment());
        }
    }

    @Test
    void listShowsExactlyTheStatementsWeManage() {
        String a = uniqueName("ddl-a");
        String b = uniqueName("ddl-b");
        submit(a, createTableSql(uniqueName("la").replace('-', '_')));
        submit(b, createTableSql(uniqueName("lb").replace('-', '_')));
        platform().awaitPhase(a, Set.of(StatementPhase.COMPLETED), ddlTimeout());
        platform().awaitPhase(b, Set.of(StatementPhase.COMPLETED), ddlTimeout());

        List<String> names =
                platform().list(managed()).stream().map(StatementStatus::name).toList();

        assertThat(names).contains(a, b).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> created.contains(n), "only statements this run made");
    }

    @Test
    void aTimeoutIsReportedAsATimeout() {
        String dml = runningInsert();

        assertThatThrownBy(
                        () ->
                                platform()
                                        .awaitPhase(
                                                dml,
                                                Set.of(StatementPhase.COMPLETED),
                                                Duration.ofMillis(300)))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.TIMEOUT);
    }

    @Test
    void anInvalidNameIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> platform().submit(StatementSpec.of("Not_Valid!", "SELECT 1")))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.INVALID_NAME);
    }
}
