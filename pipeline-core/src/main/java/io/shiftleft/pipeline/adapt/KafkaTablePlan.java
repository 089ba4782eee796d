package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Confluent Cloud table needs to be a Kafka table of open-source Flink: the connector chosen
 * from its primary key and changelog mode, and the options to add, replace and remove. Options
 * already written win over the environment's; a table with another connector gets no plan.
 */
final class KafkaTablePlan {

    static final String KAFKA = "kafka";
    static final String UPSERT_KAFKA = "upsert-kafka";

    /** Confluent Cloud's schema-registry formats, which open-source Flink does not have. */
    static final Set<String> REGISTRY_FORMATS =
            Set.of("avro-registry", "json-registry", "proto-registry");

    final String connector;
    final Map<String, String> added = new LinkedHashMap<>();
    final Map<String, String> replaced = new LinkedHashMap<>();
    final Set<String> removed = new LinkedHashSet<>();
    final List<String> reasons = new ArrayList<>();
    boolean dropPrimaryKey;

    private final CreateTable table;
    private final TargetEnvironment env;

    private KafkaTablePlan(CreateTable table, TargetEnvironment env, String connector) {
        this.table = table;
        this.env = env;
        this.connector = connector;
    }

    /** The plan of a table, or nothing when the table is not a Kafka table to complete. */
    static Optional<KafkaTablePlan> of(CreateTable table, TargetEnvironment env) {
        String declared = table.optionValue("connector");
        boolean confluent = declared.isEmpty() || declared.equals("confluent");
        if (!confluent && !declared.equals(KAFKA) && !declared.equals(UPSERT_KAFKA)) {
            return Optional.empty();
        }
        if (declared.isEmpty() && table.like()) {
            return Optional.empty(); // the options come from the LIKE table
        }
        List<String> key = table.primaryKey();
        String mode = table.optionValue("changelog.mode");
        String effectiveMode = mode.isEmpty() ? (key.isEmpty() ? "append" : "upsert") : mode;
        boolean changelog = effectiveMode.equals("upsert") || effectiveMode.equals("retract");
        String connector =
                confluent ? (changelog && !key.isEmpty() ? UPSERT_KAFKA : KAFKA) : declared;
        KafkaTablePlan plan = new KafkaTablePlan(table, env, connector);
        boolean debezium = false;
        if (confluent) {
            String why =
                    (key.isEmpty()
                                    ? "no primary key"
                                    : "primary key (" + String.join(", ", key) + ")")
                            + ", changelog mode "
                            + effectiveMode
                            + (mode.isEmpty() ? " (Confluent Cloud's default)" : "");
            if (declared.isEmpty()) {
                plan.added.put("connector", connector);
            } else {
                plan.replaced.put("connector", connector);
            }
            plan.reasons.add("connector " + connector + ": " + why);
            debezium = effectiveMode.equals("retract") && key.isEmpty();
            if (debezium) {
                plan.reasons.add(
                        "a retract table without key: its values carry the changes (Debezium envelope)");
            }
            plan.dropPrimaryKey = connector.equals(KAFKA) && !key.isEmpty();
        }
        // a table that names its Kafka connector keeps its key layout: only what it lacks is added
        plan.complete(confluent ? keyColumns(table) : List.of(), debezium);
        return Optional.of(plan);
    }

    private static List<String> keyColumns(CreateTable table) {
        if (!table.primaryKey().isEmpty()) {
            return table.primaryKey();
        }
        if (table.distribution() != null && !table.distribution().columns().isEmpty()) {
            return table.distribution().columns();
        }
        return table.partitioning() == null ? List.of() : table.partitioning().columns();
    }

    private void complete(List<String> keyColumns, boolean debezium) {
        String tableName = table.name().name();
        addIfAbsent("topic", env.topicOf(tableName));
        addIfAbsent("properties.bootstrap.servers", env.kafka().bootstrapServers());
        env.kafka().properties().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        p ->
                                addIfAbsent(
                                        "properties." + p.getKey(),
                                        p.getValue().replace("{table}", tableName)));
        boolean upsert = connector.equals(UPSERT_KAFKA);
        if (upsert) {
            table.options().stream()
                    .map(CreateTable.TableOption::key)
                    .filter(
                            k ->
                                    k.toLowerCase(Locale.ROOT).startsWith("scan.startup.")
                                            || k.equalsIgnoreCase("key.fields"))
                    .forEach(removed::add);
        } else {
            addIfAbsent("scan.startup.mode", env.kafka().startupMode());
        }
        boolean keyed = upsert || !keyColumns.isEmpty();
        if (keyed || table.option("key.format").isPresent()) {
            format("key.format", "key.", false);
        }
        if (!upsert && !keyColumns.isEmpty()) {
            addIfAbsent("key.fields", String.join(";", keyColumns));
        }
        boolean plainFormat = table.option("format").isPresent();
        format(plainFormat ? "format" : "value.format", plainFormat ? "" : "value.", debezium);
        valueFieldsInclude(keyed);
    }

    /** Sets a format option to the environment's format unless it names one Flink has. */
    private void format(String key, String prefix, boolean debezium) {
        String current = table.optionValue(key);
        String wanted = (debezium ? "debezium-" : "") + env.format().id();
        if (current.isEmpty()) {
            added.put(key, wanted);
        } else if (REGISTRY_FORMATS.contains(current)) {
            replaced.put(key, wanted);
        }
        String effective =
                current.isEmpty() || REGISTRY_FORMATS.contains(current) ? wanted : current;
        if (effective.endsWith("avro-confluent") && !env.schemaRegistry().url().isEmpty()) {
            String options = prefix + effective + ".";
            addIfAbsent(options + "url", env.schemaRegistry().url());
            env.schemaRegistry().options().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(o -> addIfAbsent(options + o.getKey(), o.getValue()));
        }
    }

    /** Confluent Cloud writes {@code except-key}; Flink's enum is {@code EXCEPT_KEY}. */
    private void valueFieldsInclude(boolean keyed) {
        Optional<CreateTable.TableOption> declared = table.option("value.fields-include");
        if (declared.isPresent()) {
            String value = declared.get().value();
            String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (!normalized.equals(value)) {
                replaced.put(declared.get().key(), normalized);
            }
        } else if (keyed && !env.valueFieldsInclude().isEmpty()) {
            added.put("value.fields-include", env.valueFieldsInclude());
        }
    }

    private void addIfAbsent(String key, String value) {
        if (table.option(key).isEmpty() && !added.containsKey(key)) {
            added.put(key, value);
        }
    }
}
