package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Declares Confluent Cloud's system column {@code $rowtime} (the Kafka record's timestamp) on a
 * Kafka table that uses it: {@code `$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL},
 * so a watermark or a query may refer to it and an {@code INSERT} need not write it; and, unless
 * the table declares a watermark, {@code WATERMARK FOR `$rowtime` AS `$rowtime` - <delay>},
 * standing in for Confluent Cloud's default watermark. The column is only declared when used (see
 * {@link TargetEnvironment.RowtimeColumn}), because {@code SELECT *} would return it.
 */
final class RowtimeRule implements SqlRule {

    static final String NAME = "rowtime";

    static final String COLUMN = "$rowtime";

    static final String DECLARATION =
            "`$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL";

    private static final Set<String> KAFKA_CONNECTORS =
            Set.of(KafkaTablePlan.KAFKA, KafkaTablePlan.UPSERT_KAFKA);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(StatementRole role) {
        return role == StatementRole.DDL;
    }

    @Override
    public String apply(String sql, RuleContext context) {
        TargetEnvironment.Rowtime settings = context.environment().rowtime();
        if (settings.column() == TargetEnvironment.RowtimeColumn.NEVER) {
            return sql;
        }
        List<SqlToken> tokens = SqlToken.tokenize(sql);
        TextEdits edits = new TextEdits(sql);
        for (CreateTable table : CreateTableParser.find(sql)) {
            if (table.elements() == null
                    || table.isCtas()
                    || !KAFKA_CONNECTORS.contains(table.optionValue("connector"))
                    || table.hasColumn(COLUMN)) {
                continue;
            }
            boolean used =
                    settings.column() == TargetEnvironment.RowtimeColumn.ALWAYS
                            || mentions(tokens, table)
                            || (context.table().rowtimeReferenced() && isTheTable(table, context));
            if (!used) {
                continue;
            }
            List<String> items = new ArrayList<>(List.of(DECLARATION));
            if (!table.hasWatermark() && !settings.watermark().isEmpty()) {
                items.add("WATERMARK FOR `$rowtime` AS `$rowtime` - " + settings.watermark());
            }
            ListEdits.edit(edits, table.elementList(), Set.of(), items);
            context.changed("added " + String.join(" and ", items));
        }
        return edits.isEmpty() ? sql : edits.apply();
    }

    private static boolean mentions(List<SqlToken> tokens, CreateTable table) {
        return tokens.stream()
                .anyMatch(
                        t ->
                                t.isIdentifier()
                                        && t.text().equals(COLUMN)
                                        && t.start() >= table.nameSpan().start()
                                        && t.end() <= table.end());
    }

    private static boolean isTheTable(CreateTable table, RuleContext context) {
        String name = context.table().tableName();
        return name.isEmpty() || name.equals(table.name().name());
    }

    /** Whether a SQL text uses {@code $rowtime} (in code, not in comments or strings). */
    static boolean usesRowtime(String sql) {
        return SqlToken.tokenize(sql).stream()
                .anyMatch(t -> t.isIdentifier() && t.text().equals(COLUMN));
    }
}
