package io.shiftleft.pipeline.adapt;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Environments and contexts the rule tests share. */
final class RuleFixtures {

    private RuleFixtures() {}

    /** The built-in local environment (Avro, local stack). */
    static TargetEnvironment local() {
        return TargetEnvironment.local();
    }

    /** An Apache Flink environment with JSON keys and values and no registry. */
    static TargetEnvironment json() {
        TargetEnvironment local = TargetEnvironment.local();
        return new TargetEnvironment(
                "test",
                Platform.APACHE_FLINK,
                new TargetEnvironment.Kafka(
                        "broker:9092", "{env}.{table}", "latest-offset", Map.of()),
                new TargetEnvironment.SchemaRegistry("", Map.of()),
                KafkaFormat.JSON,
                "",
                local.rowtime(),
                List.of(),
                List.of(),
                List.of(),
                Set.of());
    }

    static RuleContext ddl(TargetEnvironment env) {
        return new RuleContext(env, StatementRole.DDL, TableContext.unknown());
    }

    static RuleContext dml(TargetEnvironment env) {
        return new RuleContext(env, StatementRole.DML, TableContext.unknown());
    }
}
