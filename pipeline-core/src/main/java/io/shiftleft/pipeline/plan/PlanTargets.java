package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.model.TableNode;
import java.util.List;

/** The tables a plan's scope selects: a table, a list, a product or a folder of the project. */
final class PlanTargets {

    private PlanTargets() {}

    /**
     * The tables a scope names.
     *
     * @throws UnknownTableException when the scope names a table the project does not have
     * @throws IllegalArgumentException when the scope selects no table
     */
    static List<String> of(TableGraph graph, PlanScope scope) {
        List<String> targets;
        if (scope instanceof PlanScope.Table t) {
            targets = List.of(graph.require(t.tableName()).tableName());
        } else if (scope instanceof PlanScope.TableList l) {
            targets =
                    l.tableNames().stream()
                            .map(n -> graph.require(n).tableName())
                            .distinct()
                            .toList();
        } else if (scope instanceof PlanScope.Product p) {
            targets =
                    graph.nodes().values().stream()
                            .filter(n -> !n.isExternal())
                            .filter(n -> n.productName().equals(p.productName()))
                            .map(TableNode::tableName)
                            .toList();
        } else {
            targets = inFolder(graph, ((PlanScope.Directory) scope).folder());
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(
                    "The scope " + describe(scope) + " selects no table");
        }
        return targets;
    }

    private static List<String> inFolder(TableGraph graph, String folder) {
        String prefix = folder.replace('\\', '/').replaceAll("/+$", "");
        return graph.nodes().values().stream()
                .filter(n -> !n.isExternal())
                .filter(
                        n -> {
                            String f = n.folder();
                            String withoutRoot =
                                    f.contains("/") ? f.substring(f.indexOf('/') + 1) : f;
                            return under(f, prefix) || under(withoutRoot, prefix);
                        })
                .map(TableNode::tableName)
                .toList();
    }

    private static boolean under(String folder, String prefix) {
        return folder.equals(prefix) || folder.startsWith(prefix + "/");
    }

    private static String describe(PlanScope scope) {
        if (scope instanceof PlanScope.Table t) {
            return "table " + t.tableName();
        }
        if (scope instanceof PlanScope.TableList l) {
            return "table list " + l.tableNames();
        }
        if (scope instanceof PlanScope.Product p) {
            return "product '" + p.productName() + "'";
        }
        return "folder '" + ((PlanScope.Directory) scope).folder() + "'";
    }
}
