package io.shiftleft.pipeline.adapt;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a project is deployed and what its SQL needs there: configuration, not code. Read from an
 * environments file by {@link EnvironmentsFile}; {@link #local()} matches the local stack.
 *
 * @param name the environment's name ({@code --env})
 * @param platform the kind of Flink it runs
 * @param kafka the Kafka cluster the tables live in (Apache Flink targets)
 * @param schemaRegistry the schema registry of Avro keys and values (Apache Flink targets)
 * @param format how keys and values are serialized (Apache Flink targets)
 * @param valueFieldsInclude {@code ALL} or {@code EXCEPT_KEY} for keyed Kafka tables that do not
 *     say, or "" to keep the connector's default
 * @param rowtime how Confluent Cloud's {@code $rowtime} column is declared (Apache Flink targets)
 * @param replacements per-environment text replacements, in order (every platform)
 * @param removeOptions more option keys to remove, as globs ({@code *} matches anything), on top of
 *     the Confluent Cloud options always removed on Apache Flink targets
 * @param rules custom rules, run after the built-in ones, in order
 * @param disabledRules names of built-in rules not to run
 */
public record TargetEnvironment(
        String name,
        Platform platform,
        Kafka kafka,
        SchemaRegistry schemaRegistry,
        KafkaFormat format,
        String valueFieldsInclude,
        Rowtime rowtime,
        List<Replacement> replacements,
        List<String> removeOptions,
        List<RuleSpec> rules,
        Set<String> disabledRules) {

    /**
     * The Kafka side of an Apache Flink target.
     *
     * @param bootstrapServers {@code properties.bootstrap.servers} of every Kafka table
     * @param topicPattern the topic of a table that names none; {@code {table}} and {@code {env}}
     *     are replaced
     * @param startupMode {@code scan.startup.mode} of {@code kafka} tables that say none
     * @param properties more {@code properties.*} options of every Kafka table, by key without the
     *     prefix; {@code {table}} in a value is replaced
     */
    public record Kafka(
            String bootstrapServers,
            String topicPattern,
            String startupMode,
            Map<String, String> properties) {
        public Kafka {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(topicPattern, "topicPattern");
            Objects.requireNonNull(startupMode, "startupMode");
            properties = Map.copyOf(properties);
        }
    }

    /**
     * The schema registry of an Apache Flink target.
     *
     * @param url the Confluent-compatible API's URL, or "" when the format needs none
     * @param options more options of the {@code avro-confluent} format, by key without the format's
     *     prefix (for example {@code basic-auth.user-info})
     */
    public record SchemaRegistry(String url, Map<String, String> options) {
        public SchemaRegistry {
            Objects.requireNonNull(url, "url");
            options = Map.copyOf(options);
        }
    }

    /** When a Kafka table gets a {@code $rowtime} column. */
    public enum RowtimeColumn {
        /** When its DDL, or a DML that reads it, uses {@code $rowtime}. */
        REFERENCED,
        /** Always. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    /**
     * How {@code $rowtime} is declared.
     *
     * @param column when the column is added
     * @param watermark the delay of the watermark added with it when the table has none, as a SQL
     *     interval ({@code INTERVAL '1' SECOND}), or "" for no watermark
     */
    public record Rowtime(RowtimeColumn column, String watermark) {
        public Rowtime {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(watermark, "watermark");
        }
    }

    public TargetEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(schemaRegistry, "schemaRegistry");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(valueFieldsInclude, "valueFieldsInclude");
        Objects.requireNonNull(rowtime, "rowtime");
        replacements = List.copyOf(replacements);
        removeOptions = List.copyOf(removeOptions);
        rules = List.copyOf(rules);
        disabledRules = Set.copyOf(disabledRules);
    }

    /** Kafka bootstrap servers of the local stack. */
    public static final String LOCAL_KAFKA = "127.0.0.1:19092";

    /** Confluent-compatible API of the local stack's schema registry. */
    public static final String LOCAL_REGISTRY = "http://127.0.0.1:18085/apis/ccompat/v7";

    /** The delay of the watermark added with {@code $rowtime} unless configured otherwise. */
    public static final String DEFAULT_WATERMARK = "INTERVAL '1' SECOND";

    /**
     * The built-in {@code local} environment: the local stack's Apache Flink, Kafka and registry,
     * Avro values, topics named after their tables, sources read from the earliest offset.
     */
    public static TargetEnvironment local() {
        return new TargetEnvironment(
                "local",
                Platform.APACHE_FLINK,
                new Kafka(LOCAL_KAFKA, "{table}", "earliest-offset", Map.of()),
                new SchemaRegistry(LOCAL_REGISTRY, Map.of()),
                KafkaFormat.AVRO_CONFLUENT,
                "",
                new Rowtime(RowtimeColumn.REFERENCED, DEFAULT_WATERMARK),
                List.of(),
                List.of(),
                List.of(),
                Set.of());
    }

    /** A Confluent Cloud environment with these replacements and nothing else. */
    public static TargetEnvironment confluentCloud(String name, List<Replacement> replacements) {
        return new TargetEnvironment(
                name,
                Platform.CONFLUENT_CLOUD,
                new Kafka("", "{table}", "earliest-offset", Map.of()),
                new SchemaRegistry("", Map.of()),
                KafkaFormat.AVRO_CONFLUENT,
                "",
                new Rowtime(RowtimeColumn.NEVER, ""),
                replacements,
                List.of(),
                List.of(),
                Set.of());
    }

    /** The topic of a table that names none. */
    public String topicOf(String table) {
        return kafka.topicPattern().replace("{table}", table).replace("{env}", name);
    }
}
