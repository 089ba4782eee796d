package io.shiftleft.pipeline.sql;

import io.shiftleft.pipeline.sql.AnalysisBuilder.JoinKeyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMatchRecognize;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlPivot;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSetOperator;
import org.apache.calcite.sql.SqlSnapshot;
import org.apache.calcite.sql.SqlTableRef;
import org.apache.calcite.sql.SqlUnpivot;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.flink.sql.parser.ddl.SqlCreateMaterializedTable;
import org.apache.flink.sql.parser.ddl.SqlCreateTable;
import org.apache.flink.sql.parser.ddl.SqlCreateTableAs;
import org.apache.flink.sql.parser.ddl.SqlCreateTableLike;
import org.apache.flink.sql.parser.ddl.SqlCreateView;
import org.apache.flink.sql.parser.ddl.SqlReplaceTableAs;
import org.apache.flink.sql.parser.ddl.SqlTableOption;
import org.apache.flink.sql.parser.ddl.constraint.SqlTableConstraint;
import org.apache.flink.sql.parser.dml.SqlBeginStatementSet;
import org.apache.flink.sql.parser.dml.SqlExecute;
import org.apache.flink.sql.parser.dml.SqlStatementSet;

/**
 * Walks Flink's parse tree of one file and feeds an {@link AnalysisBuilder}. Relations are only
 * taken where SQL reads a relation (FROM items, join sides, table arguments, {@code LIKE}); column
 * references, function names, aliases and CTE names never become tables. One instance per file.
 */
final class TreeWalker {

    static final Set<String> WINDOW_TVFS = Set.of("TUMBLE", "HOP", "CUMULATE", "SESSION");

    /** Built-in aggregate functions: one of them without GROUP BY is a global aggregation. */
    static final Set<String> AGGREGATES =
            Set.of(
                    "COUNT",
                    "SUM",
                    "SUM0",
                    "MIN",
                    "MAX",
                    "AVG",
                    "STDDEV",
                    "STDDEV_POP",
                    "STDDEV_SAMP",
                    "VARIANCE",
                    "VAR_POP",
                    "VAR_SAMP",
                    "COLLECT",
                    "LISTAGG",
                    "ARRAY_AGG",
                    "FIRST_VALUE",
                    "LAST_VALUE",
                    "JSON_OBJECTAGG",
                    "JSON_ARRAYAGG",
                    "APPROX_COUNT_DISTINCT");

    private static final Set<SqlKind> AGGREGATE_WRAPPERS =
            Set.of(
                    SqlKind.FILTER,
                    SqlKind.WITHIN_GROUP,
                    SqlKind.WITHIN_DISTINCT,
                    SqlKind.IGNORE_NULLS,
                    SqlKind.RESPECT_NULLS);

    private final SourceText text;
    private final AnalysisBuilder out;

    TreeWalker(SourceText text, AnalysisBuilder out) {
        this.text = text;
        this.out = out;
    }

    /** CTE names visible at a point of a query, innermost first. */
    private record Scope(String name, Scope outer) {
        static boolean contains(Scope scope, String name) {
            for (Scope s = scope; s != null; s = s.outer) {
                if (s.name.equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Facts of one SELECT block that decide its signals once the block is walked. */
    private static final class SelectContext {
        boolean aggregate;
    }

    // ---------------------------------------------------------------- statements

    void statement(SqlNode node) {
        if (node instanceof SqlExecute execute) {
            statement(execute.getStatement());
        } else if (node instanceof SqlStatementSet set) {
            out.kind(StatementKind.STATEMENT_SET);
            for (SqlInsert insert : set.getInserts()) {
                insert(insert);
            }
        } else if (node instanceof SqlBeginStatementSet) {
            out.kind(StatementKind.STATEMENT_SET);
        } else if (node instanceof SqlInsert insert) {
            out.kind(StatementKind.INSERT);
            insert(insert);
        } else if (node instanceof SqlCreateMaterializedTable table) {
            out.kind(StatementKind.CREATE_MATERIALIZED_TABLE);
            out.target(name(table.getTableName()));
            List<String> key =
                    table.getTableConstraint()
                            .filter(SqlTableConstraint::isPrimaryKey)
                            .map(c -> List.of(c.getColumnNames()))
                            .orElse(List.of());
            out.createdTable(key, options(table.getPropertyList()));
            query(table.getAsQuery(), null);
        } else if (node instanceof SqlReplaceTableAs table) {
            createTable(table, StatementKind.CREATE_TABLE_AS);
            query(table.getAsQuery(), null);
        } else if (node instanceof SqlCreateTableAs table) {
            createTable(table, StatementKind.CREATE_TABLE_AS);
            query(table.getAsQuery(), null);
        } else if (node instanceof SqlCreateTableLike table) {
            createTable(table, StatementKind.CREATE_TABLE);
            out.source(name(table.getTableLike().getSourceTable()));
        } else if (node instanceof SqlCreateTable table) {
            createTable(table, StatementKind.CREATE_TABLE);
        } else if (node instanceof SqlCreateView view) {
            if (view.isTemporary()) {
                out.kind(StatementKind.OTHER);
                query(view.getQuery(), null);
                out.localView(name(view.getViewName()));
            } else {
                out.kind(StatementKind.CREATE_VIEW);
                out.target(name(view.getViewName()));
                query(view.getQuery(), null);
            }
        } else if (isQuery(node)) {
            out.kind(StatementKind.QUERY);
            query(node, null);
        } else {
            out.kind(StatementKind.OTHER);
        }
    }

    private void insert(SqlInsert insert) {
        SqlNode target = insert.getTargetTable();
        if (target instanceof SqlTableRef ref) {
            target = ref.operand(0);
        }
        if (target instanceof SqlIdentifier id) {
            out.target(name(id));
        }
        query(insert.getSource(), null);
    }

    private void createTable(SqlCreateTable table, StatementKind kind) {
        out.kind(kind);
        out.target(name(table.getTableName()));
        List<String> key = new ArrayList<>();
        for (SqlTableConstraint constraint : table.getFullConstraints()) {
            if (constraint.isPrimaryKey()) {
                key.addAll(List.of(constraint.getColumnNames()));
            }
        }
        out.createdTable(key, options(table.getPropertyList()));
    }

    private static Map<String, String> options(SqlNodeList properties) {
        Map<String, String> options = new LinkedHashMap<>();
        if (properties != null) {
            for (SqlNode property : properties) {
                if (property instanceof SqlTableOption option) {
                    options.put(option.getKeyString(), option.getValueString());
                }
            }
        }
        return options;
    }

    // ---------------------------------------------------------------- queries

    private static boolean isQuery(SqlNode node) {
        return node != null && node.getKind().belongsTo(SqlKind.QUERY);
    }

    private void query(SqlNode node, Scope scope) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlSelect select) {
            select(select, scope);
        } else if (node instanceof SqlWith with) {
            Scope inner = scope;
            for (SqlNode item : with.withList) {
                SqlWithItem withItem = (SqlWithItem) item;
                query(withItem.query, inner); // a CTE does not see itself
                inner = new Scope(withItem.name.getSimple(), inner);
            }
            query(with.body, inner);
        } else if (node instanceof SqlOrderBy orderBy) {
            query(orderBy.query, scope);
            expression(orderBy.orderList, scope, null);
            expression(orderBy.offset, scope, null);
            expression(orderBy.fetch, scope, null);
        } else if (node.getKind().belongsTo(SqlKind.SET_QUERY) && node instanceof SqlCall call) {
            boolean unionAll =
                    node.getKind() == SqlKind.UNION
                            && call.getOperator() instanceof SqlSetOperator set
                            && set.isAll();
            if (!unionAll) {
                out.signal(StateSignal.SET_OPERATION);
            }
            for (SqlNode operand : operands(call)) {
                query(operand, scope);
            }
        } else if (node.getKind() == SqlKind.VALUES && node instanceof SqlCall values) {
            for (SqlNode row : operands(values)) {
                expression(row, scope, null);
            }
        } else {
            from(node, scope);
        }
    }

    private void select(SqlSelect select, Scope scope) {
        SelectContext context = new SelectContext();
        if (select.isDistinct()) {
            out.signal(StateSignal.DISTINCT);
        }
        from(select.getFrom(), scope);
        expression(select.getSelectList(), scope, context);
        expression(select.getWhere(), scope, null);
        SqlNodeList group = select.getGroup();
        if (group != null) {
            out.signal(StateSignal.GROUP_BY);
            expression(group, scope, null);
        }
        expression(select.getHaving(), scope, context);
        expression(select.getWindowList(), scope, null);
        expression(select.getQualify(), scope, null);
        expression(select.getOrderList(), scope, context);
        expression(select.getOffset(), scope, null);
        expression(select.getFetch(), scope, null);
        if (group == null && context.aggregate) {
            out.signal(StateSignal.AGGREGATE);
        }
    }

    // ---------------------------------------------------------------- relations

    private void from(SqlNode node, Scope scope) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlIdentifier id) {
            relation(id, scope);
        } else if (node instanceof SqlJoin join) {
            join(join, scope);
        } else if (node instanceof SqlSnapshot snapshot) {
            from(snapshot.getTableRef(), scope);
            expression(snapshot.getPeriod(), scope, null);
        } else if (node instanceof SqlMatchRecognize match) {
            out.signal(StateSignal.MATCH_RECOGNIZE);
            from(match.getTableRef(), scope);
        } else if (node instanceof SqlPivot pivot) {
            from(pivot.query, scope);
        } else if (node instanceof SqlUnpivot unpivot) {
            from(unpivot.query, scope);
        } else if (isQuery(node) && node.getKind() != SqlKind.EXPLICIT_TABLE) {
            query(node, scope);
        } else if (node instanceof SqlCall call) {
            switch (node.getKind()) {
                case AS, TABLE_REF, LATERAL, EXPLICIT_TABLE -> from(call.operand(0), scope);
                case COLLECTION_TABLE -> tableFunction(call.operand(0), scope);
                default -> expression(node, scope, null); // UNNEST and the like: no table
            }
        }
    }

    private void relation(SqlIdentifier id, Scope scope) {
        if (id.isStar() || id.names.isEmpty()) {
            return;
        }
        if (id.names.size() == 1 && Scope.contains(scope, id.names.get(0))) {
            return; // a CTE
        }
        out.source(name(id));
    }

    private void join(SqlJoin join, Scope scope) {
        from(join.getLeft(), scope);
        SqlNode right = stripAlias(join.getRight());
        if (!isTableFunction(right)) {
            out.signal(right instanceof SqlSnapshot ? StateSignal.TEMPORAL_JOIN : StateSignal.JOIN);
            out.join(keyword(join));
        }
        from(join.getRight(), scope);
        expression(join.getCondition(), scope, null);
    }

    private JoinKeyword keyword(SqlJoin join) {
        return switch (join.getJoinType()) {
            case INNER ->
                    text.wordBefore(join.getJoinTypeNode().getParserPosition()).equals("INNER")
                            ? JoinKeyword.INNER
                            : JoinKeyword.REGULAR;
            case LEFT -> JoinKeyword.LEFT;
            case RIGHT -> JoinKeyword.RIGHT;
            case FULL -> JoinKeyword.FULL;
            case CROSS -> JoinKeyword.CROSS;
            case COMMA -> JoinKeyword.COMMA;
            default -> JoinKeyword.REGULAR;
        };
    }

    private static SqlNode stripAlias(SqlNode node) {
        SqlNode n = node;
        while (n != null && n.getKind() == SqlKind.AS) {
            n = ((SqlCall) n).operand(0);
        }
        return n;
    }

    /**
     * Whether a join's right side is a table function applied to each row ({@code UNNEST}, {@code
     * LATERAL TABLE(f(...))}, {@code TABLE(f(...))} without table arguments): a correlation, not a
     * join of two relations. A window TVF or a function of a table is a relation.
     */
    private static boolean isTableFunction(SqlNode node) {
        if (node == null) {
            return false;
        }
        return switch (node.getKind()) {
            case UNNEST -> true;
            case LATERAL -> isTableFunction(((SqlCall) node).operand(0));
            case COLLECTION_TABLE -> {
                SqlNode function = ((SqlCall) node).operand(0);
                yield !(function instanceof SqlCall call)
                        || (!WINDOW_TVFS.contains(upper(call.getOperator().getName()))
                                && !hasTableArgument(call));
            }
            default -> false;
        };
    }

    private static boolean hasTableArgument(SqlCall function) {
        for (SqlNode operand : operands(function)) {
            SqlNode argument = argument(operand);
            if (argument != null
                    && (argument.getKind() == SqlKind.EXPLICIT_TABLE
                            || argument.getKind() == SqlKind.SET_SEMANTICS_TABLE
                            || isQuery(argument))) {
                return true;
            }
        }
        return false;
    }

    private static SqlNode argument(SqlNode operand) {
        return operand != null && operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT
                ? ((SqlCall) operand).operand(0)
                : operand;
    }

    /** {@code TABLE(f(...))}: window TVFs, process table functions, ML_PREDICT, UDTFs. */
    private void tableFunction(SqlNode node, Scope scope) {
        if (!(node instanceof SqlCall function)) {
            expression(node, scope, null);
            return;
        }
        boolean window = WINDOW_TVFS.contains(upper(function.getOperator().getName()));
        if (window) {
            out.signal(StateSignal.WINDOW_TVF);
        }
        for (SqlNode operand : operands(function)) {
            tableArgument(argument(operand), scope, window);
        }
    }

    private void tableArgument(SqlNode argument, Scope scope, boolean window) {
        if (argument == null) {
            return;
        }
        if (argument.getKind() == SqlKind.EXPLICIT_TABLE) {
            from(((SqlCall) argument).operand(0), scope);
        } else if (argument.getKind() == SqlKind.SET_SEMANTICS_TABLE) {
            if (!window) {
                out.signal(StateSignal.PARTITIONED_TABLE_FUNCTION);
            }
            List<SqlNode> parts = operands((SqlCall) argument);
            if (!parts.isEmpty()) {
                tableArgument(parts.get(0), scope, window);
            }
        } else if (isQuery(argument)) {
            query(argument, scope);
        } else {
            expression(argument, scope, null); // DESCRIPTOR, MODEL, intervals, literals
        }
    }

    // ---------------------------------------------------------------- expressions

    /** Expressions: only subqueries read tables; OVER and aggregates give signals. */
    private void expression(SqlNode node, Scope scope, SelectContext context) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlNodeList list) {
            for (SqlNode child : list) {
                expression(child, scope, context);
            }
        } else if (isQuery(node)) {
            if (node.getKind() != SqlKind.VALUES) {
                out.signal(StateSignal.SUBQUERY); // IN (VALUES ...) is a list of constants
            }
            query(node, scope);
        } else if (node instanceof SqlCall call) {
            if (node.getKind() == SqlKind.OVER) {
                out.signal(StateSignal.OVER);
                overFunction(call.operand(0), scope, context);
                expression(call.operand(1), scope, null);
                return;
            }
            if (context != null && isAggregate(call)) {
                context.aggregate = true;
            }
            for (SqlNode operand : operands(call)) {
                expression(operand, scope, context);
            }
        }
    }

    /** The function of an OVER window: its arguments, not the function, are expressions. */
    private void overFunction(SqlNode function, Scope scope, SelectContext context) {
        if (!(function instanceof SqlCall call)) {
            return;
        }
        List<SqlNode> operands = operands(call);
        if (AGGREGATE_WRAPPERS.contains(function.getKind()) && !operands.isEmpty()) {
            overFunction(operands.get(0), scope, context); // FILTER, WITHIN GROUP, IGNORE NULLS
            for (SqlNode operand : operands.subList(1, operands.size())) {
                expression(operand, scope, context);
            }
            return;
        }
        for (SqlNode operand : operands) {
            expression(operand, scope, context);
        }
    }

    private static boolean isAggregate(SqlCall call) {
        String name = upper(call.getOperator().getName());
        return AGGREGATES.contains(name)
                || name.startsWith("JSON_OBJECTAGG")
                || name.startsWith("JSON_ARRAYAGG");
    }

    private static List<SqlNode> operands(SqlCall call) {
        try {
            return call.getOperandList();
        } catch (RuntimeException e) {
            return List.of(); // some DDL nodes do not list their operands
        }
    }

    // ---------------------------------------------------------------- names

    private static TableName name(SqlIdentifier id) {
        return TableName.of(id.names);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
