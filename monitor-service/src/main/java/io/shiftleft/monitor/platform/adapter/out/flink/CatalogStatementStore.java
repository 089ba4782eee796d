package io.shiftleft.monitor.platform.adapter.out.flink;

import io.shiftleft.monitor.catalog.CatalogEntry;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.platform.apache.StatementKind;
import io.shiftleft.platform.apache.StatementStore;
import io.shiftleft.platform.apache.StoredStatement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Apache Flink adapter's statement store, read-only, on the monitor's catalog: the statements
 * shift-left deployed in the environment, with the job each last ran as. The monitor never submits,
 * stops or deletes, so writes change nothing (and answer false); what a read would learn (a
 * savepoint path) is the deployer's to keep.
 */
final class CatalogStatementStore implements StatementStore {

    private static final Comparator<StoredStatement> CREATION_ORDER =
            Comparator.comparing(StoredStatement::createdAt).thenComparing(StoredStatement::name);

    private final StatementCatalog catalog;
    private final String environment;

    CatalogStatementStore(StatementCatalog catalog, String environment) {
        this.catalog = catalog;
        this.environment = environment;
    }

    @Override
    public Optional<StoredStatement> find(String name) {
        return catalog.find(environment, name)
                .filter(e -> e.present() && e.sql() != null)
                .map(CatalogStatementStore::stored);
    }

    @Override
    public List<StoredStatement> findAll() {
        return catalog.deployed(environment).stream()
                .map(CatalogStatementStore::stored)
                .sorted(CREATION_ORDER)
                .toList();
    }

    @Override
    public boolean insert(StoredStatement statement) {
        return false;
    }

    @Override
    public boolean update(StoredStatement statement) {
        return false;
    }

    @Override
    public boolean delete(String name) {
        return false;
    }

    private static StoredStatement stored(CatalogEntry e) {
        Map<String, String> labels = new HashMap<>();
        if (e.tableName() != null) {
            labels.put(StatementCatalog.TABLE_LABEL, e.tableName());
        }
        if (e.productName() != null) {
            labels.put(StatementCatalog.PRODUCT_LABEL, e.productName());
        }
        return new StoredStatement(
                e.statementName(),
                e.sql(),
                e.sqlHash() == null ? "" : e.sqlHash(),
                StatementKind.of(e.sql()),
                Map.of(),
                labels,
                Optional.ofNullable(e.jobId()),
                Optional.empty(),
                e.stopped(),
                e.deployedAt(),
                Optional.empty(),
                Optional.ofNullable(e.error()));
    }
}
