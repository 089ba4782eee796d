package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading environments files, and the errors they are reported with. */
class EnvironmentsFileTests {

    @TempDir Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(EnvironmentsFile.FILE_NAME), yaml);
    }

    @Test
    void readsEveryFieldOfAnEnvironment() throws IOException {
        Path file =
                write(
                        """
                        environments:
                          staging:
                            platform: apache-flink
                            kafka:
                              bootstrap-servers: kafka-1:9092,kafka-2:9092
                              topic-pattern: "{env}.{table}"
                              startup-mode: latest-offset
                              properties:
                                security.protocol: SASL_SSL
                                retries: 3
                            schema-registry:
                              url: https://registry:8081
                              options:
                                basic-auth.credentials-source: USER_INFO
                            format: avro-confluent
                            value-fields-include: except-key
                            rowtime:
                              column: always
                              watermark: 500 ms
                            replacements:
                              - from: "-dev"
                                to: "-stage"
                              - from: "^clone\\\\.dev\\\\."
                                to: ""
                                regex: true
                                in: [identifiers, strings]
                                statements: dml
                            remove-options: [sink.partitioner]
                            rules:
                              - com.acme.TenantFilter
                              - name: marker
                                settings: {label: stage}
                            disabled-rules: [avro-timestamps]
                          prod:
                            platform: confluent-cloud
                        """);

        Environments environments = EnvironmentsFile.load(file);

        TargetEnvironment staging = environments.get("staging");
        assertThat(staging.kafka().bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(staging.topicOf("orders")).isEqualTo("staging.orders");
        assertThat(staging.kafka().startupMode()).isEqualTo("latest-offset");
        assertThat(staging.kafka().properties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("retries", "3");
        assertThat(staging.schemaRegistry().options())
                .containsEntry("basic-auth.credentials-source", "USER_INFO");
        assertThat(staging.valueFieldsInclude()).isEqualTo("EXCEPT_KEY");
        assertThat(staging.rowtime())
                .isEqualTo(
                        new TargetEnvironment.Rowtime(
                                TargetEnvironment.RowtimeColumn.ALWAYS, "INTERVAL '0.5' SECOND"));
        assertThat(staging.replacements()).hasSize(2);
        assertThat(staging.replacements().get(1).regex()).isTrue();
        assertThat(staging.replacements().get(1).statements()).isEqualTo(Replacement.Scope.DML);
        assertThat(staging.replacements().get(1).targets())
                .containsExactlyInAnyOrder(
                        Replacement.Target.IDENTIFIERS, Replacement.Target.STRINGS);
        assertThat(staging.removeOptions()).containsExactly("sink.partitioner");
        assertThat(staging.rules())
                .extracting(RuleSpec::label, RuleSpec::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("com.acme.TenantFilter", file + ":30"),
                        org.assertj.core.groups.Tuple.tuple("marker", file + ":31"));
        assertThat(staging.rules().get(1).settings()).containsEntry("label", "stage");
        assertThat(staging.disabledRules()).containsExactly("avro-timestamps");
        assertThat(environments.get("prod").platform()).isEqualTo(Platform.CONFLUENT_CLOUD);
        assertThat(environments.get("local")).isEqualTo(TargetEnvironment.local());
    }

    @Test
    void letsAFileRedefineLocal() throws IOException {
        Path file =
                write(
                        """
                        environments:
                          local:
                            platform: apache-flink
                            kafka: {bootstrap-servers: "localhost:9092"}
                            format: json
                        """);

        TargetEnvironment local = EnvironmentsFile.load(file).get("local");

        assertThat(local.format()).isEqualTo(KafkaFormat.JSON);
        assertThat(local.kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(local.rowtime().watermark()).isEqualTo(TargetEnvironment.DEFAULT_WATERMARK);
    }

    @Test
    void resolvesTheFileOfTheProjectElseTheBuiltInEnvironments() throws IOException {
        assertThat(EnvironmentsFile.resolve(null, dir).source()).isEqualTo("built-in");

        write("environments:\n  prod:\n    platform: confluent-cloud\n");

        assertThat(EnvironmentsFile.resolve(null, dir).byName()).containsKeys("prod", "local");
        assertThatThrownBy(() -> EnvironmentsFile.resolve(dir.resolve("none.yaml"), dir))
                .isInstanceOf(EnvironmentConfigException.class)
                .hasMessage("Environments file " + dir.resolve("none.yaml") + " does not exist");
    }

    @Test
    void namesTheEnvironmentsThatExistWhenOneIsUnknown() {
        assertThatThrownBy(() -> Environments.builtIn().get("prod"))
                .isInstanceOf(EnvironmentConfigException.class)
                .hasMessage("Unknown environment 'prod' (defined: local; from built-in)");
    }

    @Test
    void reportsMistakesWithFileLineAndField() throws IOException {
        assertError(
                "environments:\n  e:\n    platform: flink\n",
                ":3: environments.e.platform: unknown platform 'flink' (expected confluent-cloud or apache-flink)");
        assertError(
                "environments:\n  e:\n    platform: apache-flink\n",
                ":2: environments.e.kafka.bootstrap-servers: required on an apache-flink environment");
        assertError(
                "environments:\n  e:\n    platform: apache-flink\n    kafka:\n      bootstrap-servers: k:1\n",
                ":2: environments.e.schema-registry.url: required with format avro-confluent");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    kafak: {}\n",
                ":4: environments.e.kafak: unknown field (expected one of disabled-rules, format, kafka,"
                        + " platform, remove-options, replacements, rowtime, rules, schema-registry,"
                        + " value-fields-include)");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    replacements:\n      - to: x\n",
                ":5: environments.e.replacements[0].from: required, not empty");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    replacements:\n      - {from: '(', to: x, regex: true}\n",
                ":5: environments.e.replacements[0].from: not a valid regular expression: Unclosed group");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    rowtime:\n      watermark: soon\n",
                ":5: environments.e.rowtime.watermark: expected a delay such as 500 ms, 1 s, 2 min or 1 h,"
                        + " an INTERVAL literal, or none; not 'soon'");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    disabled-rules: [replace, rowtim]\n",
                ":4: environments.e.disabled-rules: unknown built-in rule 'rowtim' (expected one of replace,"
                        + " kafka-connector, rowtime, avro-timestamps, distribution, confluent-options)");
        assertError(
                "environments:\n  e:\n    platform: confluent-cloud\n    rules:\n      - {name: a, class: b.C}\n",
                ":5: environments.e.rules[0]: give either 'name' (a rule factory) or 'class'");
        assertError("envs:\n  e: {}\n", ":1: envs: unknown field (expected 'environments')");
        assertError("environments: [a\n", ":1: not valid YAML: while parsing a flow sequence");
    }

    private void assertError(String yaml, String message) throws IOException {
        Path file = write(yaml);
        assertThatThrownBy(() -> EnvironmentsFile.load(file))
                .isInstanceOf(EnvironmentConfigException.class)
                .hasMessageStartingWith(file + message);
    }
}
