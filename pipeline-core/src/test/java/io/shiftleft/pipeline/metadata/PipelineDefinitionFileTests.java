package io.shiftleft.pipeline.metadata;

import static io.shiftleft.pipeline.metadata.MetadataFixtures.bytes;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.resource;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineDefinitionFileTests {

    @TempDir Path folder;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pipeline_definition.json",
                "pipeline_definition-external-parents.json",
                "pipeline_definition-null-complexity.json",
                "pipeline_definition-non-ascii.json"
            })
    void rewritesShiftLeftsFilesByteForByte(String name) {
        Path original = resource(name);
        Path copy = folder.resolve(PipelineDefinitionFile.FILE_NAME);

        PipelineDefinitionFile.write(copy, PipelineDefinitionFile.read(original));

        assertThat(bytes(copy)).isEqualTo(bytes(original));
    }

    @Test
    void readsTableComplexityAndShallowNeighbours() {
        PipelineDefinition definition =
                PipelineDefinitionFile.read(resource("pipeline_definition.json"));

        assertThat(definition.tableName()).isEqualTo("p1_fct_order");
        assertThat(definition.type()).isEqualTo(TableType.FACT);
        assertThat(definition.path()).isEqualTo("pipelines/facts/p1/fct_order");
        assertThat(definition.complexity())
                .isEqualTo(new Complexity(0, 1, 0, 0, 0, "Simple", StateForm.STATEFUL));
        assertThat(definition.parents())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("int_p1_table_1", "int_p1_table_2");
        assertThat(definition.parents()).allMatch(p -> p.equals(p.shallow()));
        assertThat(definition.children()).isEmpty();
    }

    @Test
    void readsExternalParentsWithTheirTopics() {
        PipelineDefinition definition =
                PipelineDefinitionFile.read(resource("pipeline_definition-external-parents.json"));

        assertThat(definition.parents())
                .extracting(PipelineDefinition::type, PipelineDefinition::kafkaTopic)
                .containsOnly(
                        tuple(TableType.EXTERNAL_KAFKA, "src_tag"),
                        tuple(TableType.EXTERNAL_KAFKA, "tenant_dimension"));
        assertThat(definition.children())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("p1_fct_tag");
    }

    @Test
    void keepsNoneProductAndUnknownComplexityAsStateful() {
        PipelineDefinition definition =
                PipelineDefinitionFile.read(resource("pipeline_definition-null-complexity.json"));

        assertThat(definition.productName()).isEqualTo("None");
        assertThat(definition.complexity()).isNull();
        assertThat(definition.stateForm()).isEqualTo(StateForm.STATEFUL);
    }

    @Test
    void readsOlderFilesWithoutKafkaTopicAndWithDeeperNesting() {
        PipelineDefinition definition =
                PipelineDefinitionFile.read(resource("pipeline_definition-legacy.json"));

        assertThat(definition.parents())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("int_p1_table_1", "int_p1_table_2");
        PipelineDefinition int2 = definition.parents().get(1);
        assertThat(int2.parents())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("src_p1_table_2");
        assertThat(int2.parents().get(0).children()).hasSize(1);
        assertThat(definition.kafkaTopic()).isNull();
    }

    @Test
    void rewritesOlderFilesInTheCurrentFormatWithSortedNeighbours() {
        Path copy = folder.resolve(PipelineDefinitionFile.FILE_NAME);
        PipelineDefinition legacy =
                PipelineDefinitionFile.read(resource("pipeline_definition-legacy.json"));

        PipelineDefinitionFile.write(copy, legacy);

        String json = new String(bytes(copy), StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"path\": \"pipelines/facts/p1/fct_order\",\n   \"kafka_topic\": null,\n   \"complexity\": {");
        assertThat(json.indexOf("\"int_p1_table_1\""))
                .isLessThan(json.indexOf("\"int_p1_table_2\""));
        assertThat(PipelineDefinitionFile.read(copy)).isEqualTo(legacy);
    }

    @Test
    void appliesShiftLeftDefaultsToMissingFields() {
        Path file =
                write(
                        folder,
                        "a.json",
                        "{\"table_name\": \"t\", \"state_form\": \"Stateless\", \"extra\": {},"
                                + " \"parents\": [{\"table_name\": \"p\", \"complexity\":"
                                + " {\"number_of_left_joins\": 2}}]}");

        PipelineDefinition definition = PipelineDefinitionFile.read(file);

        assertThat(definition)
                .isEqualTo(
                        new PipelineDefinition(
                                "t",
                                "common",
                                TableType.SOURCE,
                                "",
                                "",
                                "",
                                null,
                                null,
                                List.of(definition.parents().get(0)),
                                List.of()));
        assertThat(definition.stateForm()).isEqualTo(StateForm.STATEFUL);
        assertThat(definition.parents().get(0).complexity())
                .isEqualTo(new Complexity(0, 2, 0, 0, 0, "Simple", StateForm.STATELESS));
    }

    @Test
    void namesFileLineAndColumnOfMalformedJson() {
        Path file = write(folder, "b.json", "{\n   \"table_name\": \"t\",\n   \"parents\": [}\n}");

        assertThatThrownBy(() -> PipelineDefinitionFile.read(file))
                .isInstanceOfSatisfying(
                        MetadataFileException.class,
                        e -> {
                            assertThat(e.getMessage()).contains(file.toString());
                            assertThat(e.line()).hasValue(3);
                            assertThat(e.column()).isPresent();
                        });
    }

    @Test
    void rejectsDefinitionsWithoutTableName() {
        Path file = write(folder, "c.json", "{\"parents\": [{\"type\": \"fact\"}]}");

        assertThatThrownBy(() -> PipelineDefinitionFile.read(file))
                .isInstanceOf(MetadataFileException.class)
                .hasMessageContaining("missing table_name at $.parents[0]");
    }

    @Test
    void mergesNeighboursByNameWithFreshEntriesWinning() {
        PipelineDefinition existing =
                definition(
                        "t",
                        "old",
                        List.of(entry("a", "old"), entry("b", "old")),
                        List.of(entry("x", "old")));
        PipelineDefinition fresh =
                definition("t", "new", List.of(entry("c", "new"), entry("a", "new")), List.of());

        PipelineDefinition merged = PipelineDefinitionFile.merge(existing, fresh);

        assertThat(merged.path()).isEqualTo("new");
        assertThat(merged.parents())
                .extracting(PipelineDefinition::tableName, PipelineDefinition::path)
                .containsExactly(tuple("a", "new"), tuple("b", "old"), tuple("c", "new"));
        assertThat(merged.children())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("x");
    }

    @Test
    void writesOrMergesWithTheFileOnDisk() {
        Path file = folder.resolve(PipelineDefinitionFile.FILE_NAME);
        PipelineDefinitionFile.writeOrMerge(
                file, definition("t", "p", List.of(entry("a", "1")), List.of()));

        PipelineDefinition written =
                PipelineDefinitionFile.writeOrMerge(
                        file, definition("t", "p", List.of(), List.of(entry("z", "1"))));

        assertThat(PipelineDefinitionFile.read(file)).isEqualTo(written);
        assertThat(written.parents())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("a");
        assertThat(written.children())
                .extracting(PipelineDefinition::tableName)
                .containsExactly("z");
    }

    @Test
    void writesTheSameBytesWhateverTheNeighbourOrder() {
        List<PipelineDefinition> parents =
                List.of(entry("b", "1"), entry("a", "1"), entry("c", "1"));

        String once = PipelineDefinitionFile.toJson(definition("t", "p", parents, List.of()));
        List<PipelineDefinition> reversedParents = new ArrayList<>(parents);
        Collections.reverse(reversedParents);
        String reversed =
                PipelineDefinitionFile.toJson(definition("t", "p", reversedParents, List.of()));

        assertThat(once).isEqualTo(reversed);
    }

    private static PipelineDefinition definition(
            String name,
            String path,
            List<PipelineDefinition> parents,
            List<PipelineDefinition> children) {
        return new PipelineDefinition(
                name,
                "p1",
                TableType.INTERMEDIATE,
                "",
                "",
                path,
                null,
                Complexity.of(StateForm.STATEFUL),
                parents,
                children);
    }

    private static PipelineDefinition entry(String name, String path) {
        return definition(name, path, List.of(), List.of());
    }
}
