package io.shiftleft.pipeline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableGraphTests {

    @Test
    void derivesChildrenFromParents() {
        TableGraph graph = TableGraph.of(List.of(node("a"), node("b", "a"), node("c", "a", "b")));

        assertThat(graph.require("a").children()).containsExactly("b", "c");
        assertThat(graph.descendants("a")).containsExactlyInAnyOrder("b", "c");
        assertThat(graph.ancestors("c")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void ordersParentsFirstByDepthThenName() {
        TableGraph graph =
                TableGraph.of(
                        List.of(node("s2"), node("s1"), node("m", "s2"), node("t", "m", "s1")));

        assertThat(graph.parentsFirst(Set.of("t", "m", "s1", "s2")))
                .containsExactly("s1", "s2", "m", "t");
    }

    @Test
    void printsTheCycleItFinds() {
        assertThatThrownBy(
                        () ->
                                TableGraph.of(
                                        List.of(
                                                node("root"),
                                                node("a", "root", "c"),
                                                node("b", "a"),
                                                node("c", "b"))))
                .isInstanceOf(CycleException.class)
                .hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void namesAParentThatIsNotInTheProject() {
        assertThatThrownBy(() -> TableGraph.of(List.of(node("a", "ghost"))))
                .isInstanceOf(UnknownTableException.class)
                .hasMessageContaining("'ghost'")
                .hasMessageContaining("a parent of a");
    }

    private static TableNode node(String name, String... parents) {
        return new TableNode(
                name,
                "p",
                TableType.INTERMEDIATE,
                StateForm.STATELESS,
                "pipelines/intermediates/p/" + name,
                "",
                "",
                null,
                Set.of(parents),
                Set.of());
    }
}
