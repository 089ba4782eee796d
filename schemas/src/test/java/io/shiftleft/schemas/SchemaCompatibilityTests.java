package io.shiftleft.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's compatibility gate: every message schema must read data written with each of its
 * released versions (kept in {@code src/released/<version>/}), and every enum must carry a default
 * so an old reader survives a new symbol.
 */
class SchemaCompatibilityTests {

    private static final Path RELEASED = Path.of("src", "released");

    @TestFactory
    Stream<DynamicTest> currentSchemasReadEveryReleasedVersion() throws IOException {
        Map<String, Schema> current =
                Messages.ALL.stream()
                        .collect(Collectors.toMap(Schema::getName, Function.identity()));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> versions = Files.list(RELEASED)) {
            for (Path version : versions.sorted().toList()) {
                try (Stream<Path> files = Files.list(version)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString().replace(".avsc", "");
                        tests.add(
                                DynamicTest.dynamicTest(
                                        name + " reads " + version.getFileName(),
                                        () -> {
                                            assertThat(current)
                                                    .as("released message %s still exists", name)
                                                    .containsKey(name);
                                            Schema old = new Schema.Parser().parse(file.toFile());
                                            var result =
                                                    SchemaCompatibility
                                                            .checkReaderWriterCompatibility(
                                                                    current.get(name), old);
                                            assertThat(result.getType())
                                                    .as(
                                                            "%s must stay backward compatible with %s: %s",
                                                            name,
                                                            file,
                                                            result.getResult()
                                                                    .getIncompatibilities())
                                                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                                        }));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(Messages.ALL.size());
        return tests.stream();
    }

    @Test
    void everyReleasedMessageIsKept() throws IOException {
        try (Stream<Path> versions = Files.list(RELEASED)) {
            Path newest = versions.sorted().reduce((a, b) -> b).orElseThrow();
            for (Schema schema : Messages.ALL) {
                assertThat(newest.resolve(schema.getName() + ".avsc"))
                        .as("released copy of %s in %s", schema.getName(), newest)
                        .exists();
            }
        }
    }

    @Test
    void everyEnumHasADefaultSymbol() {
        for (Schema schema : Messages.ALL) {
            for (Schema.Field field : schema.getFields()) {
                for (Schema type : branches(field.schema())) {
                    if (type.getType() == Schema.Type.ENUM) {
                        assertThat(type.getEnumDefault())
                                .as(
                                        "enum %s used by %s.%s",
                                        type.getName(), schema.getName(), field.name())
                                .isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theGateRejectsAFieldAddedWithoutADefault() throws IOException {
        Schema released =
                new Schema.Parser()
                        .parse(RELEASED.resolve("0.1.0").resolve("DeployRequest.avsc").toFile());
        String withNewRequiredField =
                released.toString()
                        .replace(
                                "\"fields\":[",
                                "\"fields\":[{\"name\":\"tenant\",\"type\":\"string\"},");
        Schema changed = new Schema.Parser().parse(withNewRequiredField);

        var result = SchemaCompatibility.checkReaderWriterCompatibility(changed, released);

        assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    private static List<Schema> branches(Schema schema) {
        return schema.getType() == Schema.Type.UNION ? schema.getTypes() : List.of(schema);
    }
}
