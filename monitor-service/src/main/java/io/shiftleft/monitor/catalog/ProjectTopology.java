package io.shiftleft.monitor.catalog;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The tables of one environment's project: each table's product, type and parents, and the names
 * its statements get under the environment's naming (shift_left's, domain §1.5).
 */
public final class ProjectTopology {

    /** An empty project: nothing is known. */
    public static final ProjectTopology EMPTY = new ProjectTopology(Map.of(), Map.of(), Map.of());

    private final Map<String, TableNode> tables;
    private final Map<String, String> tableOfStatement;
    private final Map<String, String> dmlOfTable;

    private ProjectTopology(
            Map<String, TableNode> tables,
            Map<String, String> tableOfStatement,
            Map<String, String> dmlOfTable) {
        this.tables = tables;
        this.tableOfStatement = tableOfStatement;
        this.dmlOfTable = dmlOfTable;
    }

    /** The topology of a project's table graph under an environment's naming. */
    public static ProjectTopology of(SortedMap<String, TableNode> nodes, ShiftLeftNaming naming) {
        Map<String, String> tableOf = new HashMap<>();
        Map<String, String> dmlOf = new HashMap<>();
        for (TableNode node : nodes.values()) {
            if (node.isExternal()) {
                continue;
            }
            if (!node.ddlRef().isEmpty()) {
                tableOf.put(naming.ddlStatementName(node), node.tableName());
            }
            if (!node.dmlRef().isEmpty()) {
                String dml = naming.dmlStatementName(node);
                tableOf.put(dml, node.tableName());
                dmlOf.put(node.tableName(), dml);
            }
        }
        return new ProjectTopology(Map.copyOf(nodes), Map.copyOf(tableOf), Map.copyOf(dmlOf));
    }

    /** The table a statement of this project belongs to, by its name. */
    public Optional<TableNode> tableOfStatement(String statementName) {
        return Optional.ofNullable(tableOfStatement.get(statementName)).map(tables::get);
    }

    /** The table of that name. */
    public Optional<TableNode> table(String tableName) {
        return Optional.ofNullable(tables.get(tableName));
    }

    /** The name of the table's DML statement, when it has one. */
    public Optional<String> dmlStatement(String tableName) {
        return Optional.ofNullable(dmlOfTable.get(tableName));
    }

    /** Whether the project has any table. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** Every table. */
    public Collection<TableNode> tables() {
        return tables.values();
    }

    /**
     * The tables shift_left's healthcheck looks at for a product (domain §3.13): the product's
     * views, dimensions and facts, and all their ancestors, whatever their product.
     */
    public Set<String> healthScope(String product) {
        Set<String> scope = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (TableNode node : tables.values()) {
            if (product.equals(node.productName()) && isTop(node.type())) {
                todo.add(node.tableName());
            }
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (scope.add(name)) {
                table(name).ifPresent(node -> todo.addAll(node.parents()));
            }
        }
        return scope;
    }

    private static boolean isTop(TableType type) {
        return type == TableType.VIEW || type == TableType.DIMENSION || type == TableType.FACT;
    }
}
