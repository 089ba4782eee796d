package io.shiftleft.monitor.catalog;

import io.shiftleft.pipeline.model.TableNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements shift-left deployed, learned from the planner's commands and the deployer's
 * results (both may be delivered twice, and a result may be read before its command: each is
 * applied so that the end state is the same), and which table and product a statement belongs to.
 */
@Service
public class StatementCatalog {

    /** The label keys that name a statement's table and product, when a platform has labels. */
    public static final String TABLE_LABEL = "table";

    public static final String PRODUCT_LABEL = "product";

    private static final Logger log = LoggerFactory.getLogger(StatementCatalog.class);
    private static final String DML = "-dml-";
    private static final String DDL = "-ddl-";

    private final CatalogStore store;
    private final ProjectTopologies topologies;
    private final Map<String, Map<String, CatalogEntry>> cache = new ConcurrentHashMap<>();

    StatementCatalog(CatalogStore store, ProjectTopologies topologies) {
        this.store = store;
        this.topologies = topologies;
    }

    /** Takes a deployment command into account. */
    @Transactional
    public synchronized void commandSeen(CommandSeen c) {
        Map<String, CatalogEntry> entries = entries(c.environment());
        CatalogEntry before = entries.get(c.statementName());
        CatalogEntry after = CatalogUpdates.withCommand(before, c);
        save(entries, after);
        if (c.action().equals("RUN_DDL") && c.dropTable() && c.tableName() != null) {
            // The deployer deletes the table's statements before it drops and re-creates it.
            for (CatalogEntry other : List.copyOf(entries.values())) {
                if (c.tableName().equals(other.tableName())
                        && !other.statementName().equals(c.statementName())
                        && other.present()) {
                    save(entries, CatalogUpdates.deletedByDrop(other, c));
                }
            }
        }
    }

    /** Takes a command's result into account. */
    @Transactional
    public synchronized void resultSeen(ResultSeen r) {
        Map<String, CatalogEntry> entries = entries(r.environment());
        CatalogEntry before = entries.get(r.statementName());
        Optional<CatalogEntry> after = CatalogUpdates.withResult(before, r);
        if (after.isEmpty()) {
            log.debug(
                    "Result of command {} for {} is older than the last command; ignored",
                    r.commandId(),
                    r.statementName());
            return;
        }
        save(entries, after.get());
    }

    /** The statements of the environment that shift-left deployed and did not delete. */
    public List<CatalogEntry> deployed(String environment) {
        return entries(environment).values().stream()
                .filter(e -> e.present() && e.sql() != null)
                .toList();
    }

    /** What the catalog knows about a statement, deleted or not. */
    public Optional<CatalogEntry> find(String environment, String statementName) {
        return Optional.ofNullable(entries(environment).get(statementName));
    }

    /**
     * The table and product of a statement: from its labels, else from the command that deployed
     * it, else from the environment's project, else from its name when it follows shift_left's
     * naming ({@code …-dml-<table>} or {@code …-ddl-<table>}, dashes read as underscores; product
     * unknown).
     */
    public TableRef resolve(String environment, String statementName, Map<String, String> labels) {
        String labelled = labels.get(TABLE_LABEL);
        if (labelled != null && !labelled.isBlank()) {
            return new TableRef(labelled, labels.get(PRODUCT_LABEL), "label");
        }
        CatalogEntry entry = entries(environment).get(statementName);
        if (entry != null && entry.tableName() != null) {
            return new TableRef(entry.tableName(), entry.productName(), "command");
        }
        Optional<TableNode> node = topologies.of(environment).tableOfStatement(statementName);
        if (node.isPresent()) {
            TableNode n = node.get();
            return new TableRef(n.tableName(), n.hasProduct() ? n.productName() : null, "project");
        }
        return fromName(statementName);
    }

    /** The environment's project topology (empty without a project). */
    public ProjectTopology topology(String environment) {
        return topologies.of(environment);
    }

    static TableRef fromName(String statementName) {
        int at = Math.max(statementName.lastIndexOf(DML), statementName.lastIndexOf(DDL));
        if (at < 0 || at + DML.length() >= statementName.length()) {
            return TableRef.NONE;
        }
        return new TableRef(
                statementName.substring(at + DML.length()).replace('-', '_'), null, "name");
    }

    private Map<String, CatalogEntry> entries(String environment) {
        return cache.computeIfAbsent(
                environment,
                env -> {
                    Map<String, CatalogEntry> loaded = new ConcurrentHashMap<>();
                    store.entries(env).forEach(e -> loaded.put(e.statementName(), e));
                    return loaded;
                });
    }

    private void save(Map<String, CatalogEntry> entries, CatalogEntry entry) {
        store.save(entry);
        entries.put(entry.statementName(), entry);
    }
}
