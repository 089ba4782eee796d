package io.shiftleft.monitor.tracking;

import io.shiftleft.monitor.catalog.ProjectTopology;
import io.shiftleft.pipeline.model.TableNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The out-of-order pairs of an environment (domain §3.13, as shift_left's healthcheck flags them):
 * a parent table's DML statement is RUNNING, its child's exists and was created before it. Needs
 * the project's topology to know parents; without one there are none.
 */
final class OutOfOrderRule {

    private OutOfOrderRule() {}

    static Set<OutOfOrderPair> pairs(
            Map<String, TrackedStatement> statements, ProjectTopology topology) {
        Set<OutOfOrderPair> pairs = new HashSet<>();
        for (TableNode child : topology.tables()) {
            Optional<TrackedStatement> c =
                    topology.dmlStatement(child.tableName()).map(statements::get);
            if (c.isEmpty() || c.get().createdAt() == null || !c.get().phase().isActive()) {
                continue;
            }
            for (String parentTable : child.parents()) {
                Optional<TrackedStatement> p =
                        topology.dmlStatement(parentTable).map(statements::get);
                if (p.isPresent()
                        && p.get().phase() == Phase.RUNNING
                        && p.get().createdAt() != null
                        && c.get().createdAt().isBefore(p.get().createdAt())) {
                    pairs.add(
                            new OutOfOrderPair(
                                    p.get().name(),
                                    c.get().name(),
                                    parentTable,
                                    child.tableName()));
                }
            }
        }
        return pairs;
    }
}
