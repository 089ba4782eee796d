package io.shiftleft.pipeline.adapt;

import java.util.Set;

/**
 * Removes {@code DISTRIBUTED BY ... INTO n BUCKETS}, {@code DISTRIBUTED INTO n BUCKETS} and {@code
 * PARTITIONED BY (...)} from Kafka tables: Flink 2.2 parses them, but its Kafka sinks support
 * neither buckets nor partitions. The columns stay the message key (see {@link
 * KafkaConnectorRule}). Tables of other connectors keep them.
 */
final class DistributionRule implements SqlRule {

    static final String NAME = "distribution";

    private static final Set<String> KAFKA_CONNECTORS =
            Set.of("", "confluent", KafkaTablePlan.KAFKA, KafkaTablePlan.UPSERT_KAFKA);

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
            if (!KAFKA_CONNECTORS.contains(table.optionValue("connector"))) {
                continue;
            }
            for (CreateTable.Clause clause :
                    new CreateTable.Clause[] {table.distribution(), table.partitioning()}) {
                if (clause != null) {
                    edits.delete(clause.span());
                    context.changed(
                            "removed "
                                    + clause.span().of(sql).replaceAll("\\s+", " ")
                                    + ": Flink's Kafka connectors have no buckets or partitions");
                }
            }
        }
        return edits.isEmpty() ? sql : edits.apply();
    }
}
