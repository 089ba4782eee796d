package io.shiftleft.platform.apache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link StatementStore} in memory, for tests and the CLI: thread-safe, lost on exit. */
public final class InMemoryStatementStore implements StatementStore {

    private static final Comparator<StoredStatement> CREATION_ORDER =
            Comparator.comparing(StoredStatement::createdAt).thenComparing(StoredStatement::name);

    private final Map<String, StoredStatement> statements = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredStatement> find(String name) {
        return Optional.ofNullable(statements.get(name));
    }

    @Override
    public List<StoredStatement> findAll() {
        List<StoredStatement> all = new ArrayList<>(statements.values());
        all.sort(CREATION_ORDER);
        return List.copyOf(all);
    }

    @Override
    public boolean insert(StoredStatement statement) {
        return statements.putIfAbsent(statement.name(), statement) == null;
    }

    @Override
    public boolean update(StoredStatement statement) {
        return statements.replace(statement.name(), statement) != null;
    }

    @Override
    public boolean delete(String name) {
        return statements.remove(name) != null;
    }
}
