package io.shiftleft.pipeline.metadata;

import static io.shiftleft.pipeline.metadata.MetadataFixtures.bytes;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.node;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineDefinitionTests {

    private final TableNode fctOrder =
            node(
                    "p1_fct_order",
                    "p1",
                    TableType.FACT,
                    StateForm.STATEFUL,
                    "facts",
                    "fct_order",
                    Set.of("int_p1_table_2", "int_p1_table_1"),
                    Set.of());
    private final TableNode int1 =
            node(
                    "int_p1_table_1",
                    "p1",
                    TableType.INTERMEDIATE,
                    StateForm.STATEFUL,
                    "intermediates",
                    "int_table_1",
                    Set.of("src_table_1", "src_p1_table_3"),
                    Set.of("p1_fct_order"));
    private final TableNode int2 =
            node(
                    "int_p1_table_2",
                    "p1",
                    TableType.INTERMEDIATE,
                    StateForm.STATEFUL,
                    "intermediates",
                    "int_table_2",
                    Set.of("src_p1_table_2"),
                    Set.of("p1_fct_order"));
    private final Map<String, TableNode> graph =
            Map.of(fctOrder.tableName(), fctOrder, int1.tableName(), int1, int2.tableName(), int2);

    @Test
    void buildsTheDefinitionShiftLeftWritesFromGraphNodes() {
        PipelineDefinition definition =
                PipelineDefinition.of(
                        fctOrder,
                        graph::get,
                        node ->
                                new Complexity(
                                        0,
                                        node == int2 ? 0 : 1,
                                        0,
                                        0,
                                        0,
                                        "Simple",
                                        node.stateForm()));

        assertThat(PipelineDefinitionFile.toJson(definition).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(bytes(resource("pipeline_definition.json")));
    }

    @Test
    void givesNeighboursOnlyTheirStateFormByDefault() {
        PipelineDefinition definition = PipelineDefinition.of(fctOrder, graph::get);

        assertThat(definition.parents())
                .extracting(PipelineDefinition::complexity)
                .containsOnly(Complexity.of(StateForm.STATEFUL));
        assertThat(definition.parents()).allMatch(p -> p.equals(p.shallow()));
    }

    @Test
    void rejectsNeighboursTheLookupDoesNotKnow() {
        assertThatThrownBy(() -> PipelineDefinition.of(int1, graph::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("src_p1_table_3");
    }

    @Test
    void turnsDefinitionsIntoGraphNodes() {
        PipelineDefinition definition =
                PipelineDefinitionFile.read(resource("pipeline_definition.json"));

        TableNode node = definition.toTableNode();

        assertThat(node)
                .isEqualTo(
                        new TableNode(
                                "p1_fct_order",
                                "p1",
                                TableType.FACT,
                                StateForm.STATEFUL,
                                "pipelines/facts/p1/fct_order",
                                fctOrder.ddlRef(),
                                fctOrder.dmlRef(),
                                null,
                                Set.of("int_p1_table_1", "int_p1_table_2"),
                                Set.of()));
    }

    @Test
    void keepsOneNeighbourPerNameSortedByName() {
        PipelineDefinition first = entry("b", "first");
        PipelineDefinition definition =
                entry("t", "")
                        .withNeighbours(
                                List.of(first, entry("a", ""), entry("b", "second")), List.of());

        assertThat(definition.parents()).containsExactly(entry("a", ""), first);
    }

    private static PipelineDefinition entry(String name, String path) {
        return new PipelineDefinition(
                name, "p1", TableType.SOURCE, "", "", path, null, null, List.of(), List.of());
    }
}
