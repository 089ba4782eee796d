package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Confluent Cloud tables (no connector, or {@code 'connector' = 'confluent'}) into Kafka
 * tables of open-source Flink: {@code upsert-kafka} for a primary key with an upsert or retract
 * changelog, else {@code kafka}; the topic, bootstrap servers, key and value formats (registry
 * formats become the environment's) and, for {@code kafka}, the startup mode and key fields. A
 * {@code kafka} table loses its primary key constraint, which that connector rejects; the key
 * columns stay the message key. Tables with {@code kafka} or {@code upsert-kafka} already get only
 * what they lack.
 */
final class KafkaConnectorRule implements SqlRule {

    static final String NAME = "kafka-connector";

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
        TextEdits edits = new TextEdits(sql);
        for (CreateTable table : CreateTableParser.find(sql)) {
            KafkaTablePlan.of(table, context.environment())
                    .ifPresent(plan -> edit(table, plan, edits, context));
        }
        return edits.isEmpty() ? sql : edits.apply();
    }

    private static void edit(
            CreateTable table, KafkaTablePlan plan, TextEdits edits, RuleContext context) {
        plan.reasons.forEach(context::changed);
        List<String> first = new ArrayList<>();
        List<String> added = new ArrayList<>();
        plan.added.forEach(
                (k, v) ->
                        (k.equals("connector") ? first : added)
                                .add(SqlToken.literal(k) + " = " + SqlToken.literal(v)));
        if (table.with() == null) {
            first.addAll(added);
            if (!first.isEmpty()) {
                edits.insert(table.clauseEnd(), withClause(table, first, edits));
            }
        } else {
            Set<Integer> removed = new HashSet<>();
            for (int k = 0; k < table.options().size(); k++) {
                CreateTable.TableOption option = table.options().get(k);
                String value = replacement(plan.replaced, option.key());
                if (plan.removed.contains(option.key())) {
                    removed.add(k);
                    context.changed(
                            "removed '" + option.key() + "': " + plan.connector + " rejects it");
                } else if (value != null) {
                    edits.replace(option.valueSpan(), SqlToken.literal(value));
                    context.changed(
                            "'"
                                    + option.key()
                                    + "' = '"
                                    + option.value()
                                    + "' became '"
                                    + value
                                    + "'");
                }
            }
            ListEdits.edit(edits, table.optionList(), removed, first, added);
        }
        if (!plan.added.isEmpty()) {
            context.changed("added " + String.join(", ", quoted(plan.added)));
        }
        if (plan.dropPrimaryKey) {
            dropPrimaryKey(table, edits);
            context.changed(
                    "removed PRIMARY KEY ("
                            + String.join(", ", table.primaryKey())
                            + "): the kafka connector rejects a key on an append-only table;"
                            + " the columns stay the message key ('key.fields')");
        }
    }

    private static String replacement(Map<String, String> replaced, String key) {
        return replaced.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static List<String> quoted(Map<String, String> options) {
        return options.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' = '" + e.getValue() + "'")
                .toList();
    }

    /** A new WITH clause: one option per line when the statement spans lines. */
    private static String withClause(CreateTable table, List<String> options, TextEdits edits) {
        if (!edits.lineBreakBetween(table.nameSpan().start(), table.end())) {
            return " WITH (" + String.join(", ", options) + ")";
        }
        String nl = edits.newline();
        String indent = edits.indentOf(table.nameSpan().start()) + "  ";
        return nl + "WITH (" + nl + indent + String.join("," + nl + indent, options) + nl + ")";
    }

    private static void dropPrimaryKey(CreateTable table, TextEdits edits) {
        Set<Integer> removed = new HashSet<>();
        List<CreateTable.Element> elements = table.elements();
        for (int k = 0; k < elements.size(); k++) {
            CreateTable.Element e = elements.get(k);
            if (e.kind() == CreateTable.ElementKind.PRIMARY_KEY) {
                removed.add(k);
            } else if (e.inlineKey() != null) {
                edits.delete(e.inlineKey());
            }
        }
        if (removed.size() == elements.size()) { // CREATE TABLE t (PRIMARY KEY ...) AS SELECT
            SqlList list = table.elementList();
            edits.delete(new Span(list.open(), list.close() + 1));
        } else {
            ListEdits.edit(edits, table.elementList(), removed, List.of());
        }
    }
}
