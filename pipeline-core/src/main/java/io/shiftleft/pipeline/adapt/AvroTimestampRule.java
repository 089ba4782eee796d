package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Declares the {@code TIMESTAMP_LTZ} columns of Avro Kafka tables as {@code TIMESTAMP}: Flink's
 * {@code avro-confluent} format (2.2 line) cannot write or read {@code TIMESTAMP_LTZ}, while it
 * maps {@code TIMESTAMP} to the same Avro type Confluent Cloud uses for {@code TIMESTAMP_LTZ}
 * ({@code timestamp-millis}, UTC). Values inserted from {@code TIMESTAMP_LTZ} expressions are cast
 * in the session time zone, so run with {@code table.local-time-zone} UTC (Confluent Cloud's
 * default) to keep instants unchanged. Metadata and computed columns keep their type.
 */
final class AvroTimestampRule implements SqlRule {

    static final String NAME = "avro-timestamps";

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
        List<SqlToken> tokens = SqlToken.tokenize(sql);
        TextEdits edits = new TextEdits(sql);
        for (CreateTable table : CreateTableParser.find(sql)) {
            if (table.elements() == null
                    || !KAFKA_CONNECTORS.contains(table.optionValue("connector"))
                    || table.options().stream()
                            .noneMatch(
                                    o ->
                                            o.key().toLowerCase(Locale.ROOT).endsWith("format")
                                                    && o.value().contains("avro-confluent"))) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (CreateTable.Element element : table.elements()) {
                if (element.kind() == CreateTable.ElementKind.COLUMN
                        && retype(tokensOf(tokens, element.span()), edits)) {
                    columns.add(element.name());
                }
            }
            if (!columns.isEmpty()) {
                context.changed(
                        "declared "
                                + String.join(", ", columns)
                                + " as TIMESTAMP instead of TIMESTAMP_LTZ: Flink's avro-confluent"
                                + " format cannot serialize TIMESTAMP_LTZ (same Avro type,"
                                + " timestamp-millis)");
            }
        }
        return edits.isEmpty() ? sql : edits.apply();
    }

    /** Rewrites the LTZ types of one physical column; whether there were any. */
    private static boolean retype(List<SqlToken> column, TextEdits edits) {
        if (column.size() < 2 || column.get(1).isWord("AS")) {
            return false; // computed column
        }
        if (column.stream().anyMatch(t -> t.isWord("METADATA"))) {
            return false;
        }
        boolean changed = false;
        for (int k = 1; k < column.size(); k++) {
            SqlToken t = column.get(k);
            if (t.isWord("TIMESTAMP_LTZ")) {
                edits.replace(new Span(t.start(), t.end()), "TIMESTAMP");
                changed = true;
            } else if (t.isWord("WITH")
                    && k + 3 < column.size()
                    && column.get(k + 1).isWord("LOCAL")
                    && column.get(k + 2).isWord("TIME")
                    && column.get(k + 3).isWord("ZONE")) {
                edits.delete(Span.of(t, column.get(k + 3)));
                changed = true;
            }
        }
        return changed;
    }

    private static List<SqlToken> tokensOf(List<SqlToken> tokens, Span span) {
        return tokens.stream()
                .filter(t -> t.start() >= span.start() && t.end() <= span.end())
                .toList();
    }
}
