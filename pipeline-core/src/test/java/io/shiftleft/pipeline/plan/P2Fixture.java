package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reference topology of shift_left's planner tests (product {@code p2}): four sources, seven
 * intermediates, three facts, with the state forms shift_left computes for them.
 */
final class P2Fixture {

    private P2Fixture() {}

    static TableGraph graph() {
        List<TableNode> nodes = new ArrayList<>();
        for (String src : List.of("src_x", "src_y", "src_a", "src_b")) {
            nodes.add(node(src, TableType.SOURCE, "sources", StateForm.STATELESS));
        }
        nodes.add(node("x", TableType.INTERMEDIATE, "intermediates", StateForm.STATEFUL, "src_x"));
        nodes.add(node("y", TableType.INTERMEDIATE, "intermediates", StateForm.STATELESS, "src_y"));
        nodes.add(
                node(
                        "a",
                        TableType.INTERMEDIATE,
                        "intermediates",
                        StateForm.STATEFUL,
                        "src_a",
                        "src_x"));
        nodes.add(node("b", TableType.INTERMEDIATE, "intermediates", StateForm.STATEFUL, "src_b"));
        nodes.add(node("z", TableType.INTERMEDIATE, "intermediates", StateForm.STATEFUL, "x", "y"));
        nodes.add(node("d", TableType.INTERMEDIATE, "intermediates", StateForm.STATEFUL, "y", "z"));
        nodes.add(
                node("c", TableType.INTERMEDIATE, "intermediates", StateForm.STATELESS, "b", "z"));
        nodes.add(node("p", TableType.FACT, "facts", StateForm.STATELESS, "z"));
        nodes.add(node("e", TableType.FACT, "facts", StateForm.STATELESS, "c"));
        nodes.add(node("f", TableType.FACT, "facts", StateForm.STATELESS, "d"));
        return TableGraph.of(nodes);
    }

    static TableNode node(
            String name, TableType type, String layer, StateForm form, String... parents) {
        String folder = "pipelines/" + layer + "/p2/" + name;
        return new TableNode(
                name,
                "p2",
                type,
                form,
                folder,
                folder + "/sql-scripts/ddl." + name + ".sql",
                folder + "/sql-scripts/dml." + name + ".sql",
                null,
                Set.of(parents),
                Set.of());
    }

    /** shift_left's names for cluster type dev in us-west-2. */
    static StatementNamer namer() {
        return new StatementNamer() {
            @Override
            public String ddlStatementName(TableNode t) {
                return "dev-usw2-" + t.productName() + "-ddl-" + t.tableName().replace('_', '-');
            }

            @Override
            public String dmlStatementName(TableNode t) {
                return "dev-usw2-" + t.productName() + "-dml-" + t.tableName().replace('_', '-');
            }
        };
    }
}
