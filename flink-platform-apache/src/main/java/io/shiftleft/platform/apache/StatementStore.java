package io.shiftleft.platform.apache;

import java.util.List;
import java.util.Optional;

/**
 * Where the Apache Flink adapter keeps its statements by name. Flink has no statement resource (a
 * job has a random id and a name that is not unique), so this store is the adapter's memory: the
 * owning service implements it on its database; {@link InMemoryStatementStore} serves tests and the
 * CLI. Implementations are thread-safe; one adapter instance writes to a store at a time.
 */
public interface StatementStore {

    /** The statement of that name, if stored. */
    Optional<StoredStatement> find(String name);

    /** Every statement, in creation order ({@link StoredStatement#createdAt()}, then name). */
    List<StoredStatement> findAll();

    /** Stores a new statement; false (and nothing changed) when the name is taken. */
    boolean insert(StoredStatement statement);

    /** Replaces the statement of the same name; false when there is none. */
    boolean update(StoredStatement statement);

    /** Forgets the statement; false when there was none. */
    boolean delete(String name);
}
