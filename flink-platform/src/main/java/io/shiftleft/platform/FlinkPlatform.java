package io.shiftleft.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Flink platform that runs named SQL statements: Confluent Cloud for Apache Flink, or open-source
 * Apache Flink (SQL Gateway plus JobManager REST). The deployer and the monitor use nothing else.
 *
 * <p>Every method checks the statement name ({@link StatementNames}) before any call, retries what
 * is safe to retry within its own deadline, and fails with a {@link PlatformException} whose reason
 * says what to do next. Implementations are thread-safe.
 */
public interface FlinkPlatform {

    /** What this platform can do. */
    PlatformCapabilities capabilities();

    /**
     * Creates the statement and answers its first status. Idempotent by name: when a statement of
     * that name with the same SQL exists already (a retried submit, a lost response), its status is
     * answered and nothing new is started.
     *
     * @throws PlatformException CONFLICT when a statement of that name runs other SQL;
     *     INVALID_REQUEST with the platform's message when it refuses the SQL
     */
    StatementStatus submit(StatementSpec spec);

    /** The statement's status, empty when the platform has no statement of that name. */
    Optional<StatementStatus> get(String name);

    /**
     * Every statement that passes the filter, all pages, in one paged list (never one call per
     * statement).
     */
    List<StatementStatus> list(StatementFilter filter);

    /** Asks the statement to stop and answers the status right after (usually STOPPING). */
    StatementStatus stop(String name, StopMode mode);

    /** Resumes a stopped statement (on Flink, a new job from its savepoint). */
    StatementStatus resume(String name, ResumeOptions options);

    /**
     * Deletes the statement and waits until the platform no longer has it; deleting a statement
     * that does not exist is not an error.
     */
    void delete(String name);

    /**
     * Waits until the statement is in one of the phases.
     *
     * @throws PlatformException TIMEOUT at the deadline, UNEXPECTED_PHASE when it ends in another
     *     terminal phase (FAILED, with the platform's detail), NOT_FOUND when it does not exist
     */
    StatementStatus awaitPhase(String name, Set<StatementPhase> targets, Duration timeout);

    /**
     * A page of the statement's results.
     *
     * @param pageToken empty for the first page, else the previous page's {@code nextToken}
     */
    ResultPage fetchResults(String name, Optional<String> pageToken);

    /** The statement's recent errors, newest first. */
    List<StatementError> exceptions(String name);

    /** The statement's metrics now (values the platform does not have are empty). */
    StatementMetrics metrics(String name);

    /** Compute pools, on platforms that have them. */
    Optional<ComputePools> computePools();
}
