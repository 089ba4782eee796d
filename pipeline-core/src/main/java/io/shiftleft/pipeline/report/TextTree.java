package io.shiftleft.pipeline.report;

import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;

/**
 * The report for people: the table's line, then its ancestors (and descendants) as indented trees
 * drawn in ASCII, each section headed by the count and the flat list of names.
 *
 * <pre>
 * d (intermediate, p2, Stateful) pipelines/intermediates/p2/d/sql-scripts/dml.d.sql
 *
 * Ancestors (5): src_x, src_y, x, y, z
 * |-- y (intermediate, p2, Stateless) pipelines/intermediates/p2/y/sql-scripts/dml.y.sql
 * |   `-- src_y (source, p2, Stateless) pipelines/sources/p2/src_y/sql-scripts/dml.src_y.sql
 * `-- z (intermediate, p2, Stateful) pipelines/intermediates/p2/z/sql-scripts/dml.z.sql
 *     |-- x (intermediate, p2, Stateful) pipelines/intermediates/p2/x/sql-scripts/dml.x.sql
 *     |   `-- src_x (source, p2, Stateless) pipelines/sources/p2/src_x/sql-scripts/dml.src_x.sql
 *     `-- y (see above)
 * </pre>
 *
 * A table met again in the same tree is not expanded again: it is written {@code name (see above)}
 * when it has something below it, in full otherwise.
 */
final class TextTree {

    private final HierarchyReport report;
    private final StringBuilder out = new StringBuilder();

    private TextTree(HierarchyReport report) {
        this.report = report;
    }

    static String render(HierarchyReport report) {
        TextTree tree = new TextTree(report);
        tree.write();
        return tree.out.toString();
    }

    private void write() {
        String root = report.tableName();
        out.append(describe(report.definition(root))).append('\n');
        section("Ancestors", report.ancestors(), root, true);
        if (report.withDescendants()) {
            section("Descendants", report.descendants(), root, false);
        }
    }

    private void section(String title, SortedSet<String> names, String root, boolean up) {
        out.append('\n').append(title).append(" (").append(names.size()).append(')');
        out.append(names.isEmpty() ? ": none" : ": " + String.join(", ", names)).append('\n');
        branches(root, up, "", new HashSet<>());
    }

    private void branches(String name, boolean up, String indent, Set<String> expanded) {
        SortedSet<String> next = up ? report.parentsOf(name) : report.childrenOf(name);
        int i = 0;
        for (String n : next) {
            boolean last = ++i == next.size();
            out.append(indent).append(last ? "`-- " : "|-- ");
            boolean hasMore = !(up ? report.parentsOf(n) : report.childrenOf(n)).isEmpty();
            if (hasMore && !expanded.add(n)) {
                out.append(n).append(" (see above)\n");
                continue;
            }
            out.append(describe(report.definition(n))).append('\n');
            branches(n, up, indent + (last ? "    " : "|   "), expanded);
        }
    }

    /** {@code name (type, product, state form) dml file}; external tables show their topic. */
    static String describe(PipelineDefinition d) {
        StringBuilder line = new StringBuilder(d.tableName()).append(" (");
        line.append(d.type().jsonName()).append(", ");
        line.append(
                d.productName().isEmpty() || d.productName().equals(TableNode.NO_PRODUCT)
                        ? "no product"
                        : d.productName());
        if (d.type() == TableType.EXTERNAL_KAFKA) {
            line.append(", topic ").append(d.kafkaTopic() == null ? "?" : d.kafkaTopic());
            return line.append(')').toString();
        }
        line.append(", ").append(d.stateForm().jsonName()).append(") ");
        line.append(d.dmlRef().isEmpty() ? "no DML" : d.dmlRef());
        return line.toString();
    }
}
