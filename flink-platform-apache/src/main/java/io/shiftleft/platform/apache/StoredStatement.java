package io.shiftleft.platform.apache;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the adapter remembers about one named statement, since Apache Flink itself has no such
 * resource: the SQL, how to recognise it, its job, and where its last savepoint is.
 *
 * @param name the statement's name (the job's {@code pipeline.name})
 * @param sql the SQL as submitted
 * @param sqlHash its {@link io.shiftleft.platform.SqlHash}
 * @param kind DDL, DML or QUERY
 * @param properties the statement's properties (sent as the operation's execution config)
 * @param labels the statement's labels, which {@code list} filters on
 * @param jobId the current job (DML), empty before the job exists and for DDL
 * @param savepointPath the savepoint the last stop wrote; a resume starts from it
 * @param stopped whether a stop was asked for (and not undone by a resume)
 * @param createdAt when the statement was first submitted; DDL is replayed in this order
 * @param savepointTriggerId the stop-with-savepoint request still to be resolved into a path
 * @param error Flink's message about the last thing that went wrong outside a job: bad SQL, a DDL
 *     refused (the statement is then FAILED), or a stop whose savepoint failed (the job runs on);
 *     empty otherwise
 */
public record StoredStatement(
        String name,
        String sql,
        String sqlHash,
        StatementKind kind,
        Map<String, String> properties,
        Map<String, String> labels,
        Optional<String> jobId,
        Optional<String> savepointPath,
        boolean stopped,
        Instant createdAt,
        Optional<String> savepointTriggerId,
        Optional<String> error) {

    public StoredStatement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(sqlHash, "sqlHash");
        Objects.requireNonNull(kind, "kind");
        properties = Map.copyOf(properties);
        labels = Map.copyOf(labels);
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(savepointPath, "savepointPath");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(savepointTriggerId, "savepointTriggerId");
        Objects.requireNonNull(error, "error");
    }

    /** A statement as first submitted: no job, no savepoint, not stopped, no error. */
    public static StoredStatement submitted(
            String name,
            String sql,
            String sqlHash,
            StatementKind kind,
            Map<String, String> properties,
            Map<String, String> labels,
            Instant createdAt) {
        return new StoredStatement(
                name,
                sql,
                sqlHash,
                kind,
                properties,
                labels,
                Optional.empty(),
                Optional.empty(),
                false,
                createdAt,
                Optional.empty(),
                Optional.empty());
    }

    /** This statement running as a (new) job: not stopped, no pending trigger, no error. */
    public StoredStatement withJob(String value) {
        return new StoredStatement(
                name,
                sql,
                sqlHash,
                kind,
                properties,
                labels,
                Optional.of(value),
                savepointPath,
                false,
                createdAt,
                Optional.empty(),
                Optional.empty());
    }

    /** This statement failed with Flink's message (and has no job from this attempt). */
    public StoredStatement withError(String message) {
        return new StoredStatement(
                name,
                sql,
                sqlHash,
                kind,
                properties,
                labels,
                Optional.empty(),
                savepointPath,
                stopped,
                createdAt,
                Optional.empty(),
                Optional.of(message));
    }

    /**
     * This statement asked to stop: with a savepoint request still to resolve, or (trigger empty)
     * cancelled, which forgets the savepoint when {@code keepSavepoint} is false.
     */
    public StoredStatement withStop(Optional<String> triggerId, boolean keepSavepoint) {
        return new StoredStatement(
                name,
                sql,
                sqlHash,
                kind,
                properties,
                labels,
                jobId,
                keepSavepoint ? savepointPath : Optional.empty(),
                true,
                createdAt,
                triggerId,
                error);
    }

    /**
     * The stop request resolved: its savepoint (if it wrote one), whether the job stopped, and
     * Flink's message when the savepoint failed.
     */
    public StoredStatement withStopResolved(
            Optional<String> path, boolean stoppedNow, Optional<String> failure) {
        return new StoredStatement(
                name,
                sql,
                sqlHash,
                kind,
                properties,
                labels,
                jobId,
                path.isPresent() ? path : savepointPath,
                stoppedNow,
                createdAt,
                Optional.empty(),
                failure.isPresent() ? failure : error);
    }
}
