package io.shiftleft.monitor.tracking;

import static io.shiftleft.monitor.tracking.Listings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.monitor.catalog.ProjectTopology;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A child created before its running parent is out of order (domain §3.13). */
class OutOfOrderRuleTests {

    private static final ShiftLeftNaming NAMING =
            new ShiftLeftNaming(new NamingSettings("dev", "us-west-2", true));

    @Test
    void flagsAChildCreatedBeforeItsRunningParentOnly() {
        ProjectTopology topology =
                topology(
                        node("src_orders", Set.of(), Set.of("fct_orders")),
                        node("fct_orders", Set.of("src_orders"), Set.of()));
        String parent = "dev-usw2-p1-dml-src-orders";
        String child = "dev-usw2-p1-dml-fct-orders";

        Set<OutOfOrderPair> early =
                OutOfOrderRule.pairs(
                        Map.of(
                                parent, dml(parent, Phase.RUNNING, T0.plusSeconds(60)),
                                child, dml(child, Phase.RUNNING, T0)),
                        topology);
        Set<OutOfOrderPair> stoppedParent =
                OutOfOrderRule.pairs(
                        Map.of(
                                parent, dml(parent, Phase.STOPPED, T0.plusSeconds(60)),
                                child, dml(child, Phase.RUNNING, T0)),
                        topology);
        Set<OutOfOrderPair> inOrder =
                OutOfOrderRule.pairs(
                        Map.of(
                                parent, dml(parent, Phase.RUNNING, T0),
                                child, dml(child, Phase.RUNNING, T0.plusSeconds(60))),
                        topology);

        assertThat(early)
                .containsExactly(new OutOfOrderPair(parent, child, "src_orders", "fct_orders"));
        assertThat(stoppedParent).isEmpty();
        assertThat(inOrder).isEmpty();
    }

    @Test
    void scopesAProductsHealthToItsTopTablesAndAllTheirAncestors() {
        ProjectTopology topology =
                topology(
                        node("src_a", Set.of(), Set.of("int_b")),
                        node("int_b", Set.of("src_a"), Set.of("fct_c")),
                        node("fct_c", Set.of("int_b"), Set.of()));

        assertThat(topology.healthScope("p1")).containsExactlyInAnyOrder("fct_c", "int_b", "src_a");
        assertThat(topology.healthScope("other")).isEmpty();
        assertThat(topology.dmlStatement("fct_c")).contains("dev-usw2-p1-dml-fct-c");
        assertThat(topology.tableOfStatement("dev-usw2-p1-ddl-int-b").orElseThrow().tableName())
                .isEqualTo("int_b");
    }

    private static ProjectTopology topology(TableNode... nodes) {
        TreeMap<String, TableNode> all = new TreeMap<>();
        for (TableNode n : nodes) {
            all.put(n.tableName(), n);
        }
        return ProjectTopology.of(all, NAMING);
    }

    private static TableNode node(String name, Set<String> parents, Set<String> children) {
        TableType type =
                name.startsWith("src")
                        ? TableType.SOURCE
                        : name.startsWith("fct") ? TableType.FACT : TableType.INTERMEDIATE;
        return new TableNode(
                name,
                "p1",
                type,
                StateForm.values()[0],
                "pipelines/" + name,
                "pipelines/" + name + "/ddl.sql",
                "pipelines/" + name + "/dml.sql",
                null,
                parents,
                children);
    }

    private static TrackedStatement dml(String name, Phase phase, Instant createdAt) {
        return new TrackedStatement(
                "dev",
                name,
                null,
                "p1",
                phase,
                phase.name(),
                "",
                "job",
                null,
                null,
                createdAt,
                T0,
                T0,
                false,
                1);
    }
}
