package io.shiftleft.pipeline.report;

import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The report as a graph: Mermaid {@code flowchart LR} or Graphviz {@code digraph}, one node per
 * table (sources first), edges from parent to child. Nodes are coloured by type as shift_left's
 * HTML graph is (source green, dimension blue, fact orange, view purple, anything else grey); the
 * report's table has a thick red border.
 */
final class GraphDiagram {

    /** Fill and border colour of a node. */
    enum Style {
        SOURCE("source", "#c8e6c9", "#2e7d32"),
        DIMENSION("dimension", "#bbdefb", "#1565c0"),
        FACT("fact", "#ffe0b2", "#ef6c00"),
        VIEW("view", "#e1bee7", "#6a1b9a"),
        OTHER("other", "#eeeeee", "#757575");

        final String className;
        final String fill;
        final String stroke;

        Style(String className, String fill, String stroke) {
            this.className = className;
            this.fill = fill;
            this.stroke = stroke;
        }

        static Style of(TableType type) {
            return switch (type) {
                case SOURCE -> SOURCE;
                case DIMENSION -> DIMENSION;
                case FACT -> FACT;
                case VIEW -> VIEW;
                default -> OTHER;
            };
        }
    }

    /** Border of the report's table. */
    static final String ROOT_STROKE = "#d50000";

    private GraphDiagram() {}

    static String mermaid(HierarchyReport report) {
        Map<String, String> ids = mermaidIds(report);
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (Style style : Style.values()) {
            out.append("    classDef ")
                    .append(style.className)
                    .append(" fill:")
                    .append(style.fill)
                    .append(",stroke:")
                    .append(style.stroke)
                    .append(",color:#000000\n");
        }
        for (String name : report.tables()) {
            PipelineDefinition d = report.definition(name);
            out.append("    ")
                    .append(ids.get(name))
                    .append("[\"")
                    .append(mermaidText(name))
                    .append("<br/>")
                    .append(mermaidText(subtitle(d)))
                    .append("\"]:::")
                    .append(Style.of(d.type()).className)
                    .append('\n');
        }
        for (HierarchyReport.Edge e : report.edges()) {
            out.append("    ")
                    .append(ids.get(e.parent()))
                    .append(" --> ")
                    .append(ids.get(e.child()))
                    .append('\n');
        }
        out.append("    style ")
                .append(ids.get(report.tableName()))
                .append(" stroke:")
                .append(ROOT_STROKE)
                .append(",stroke-width:4px\n");
        return out.toString();
    }

    static String dot(HierarchyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(dotId(report.tableName())).append(" {\n");
        out.append("    rankdir=LR;\n");
        out.append("    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        for (String name : report.tables()) {
            PipelineDefinition d = report.definition(name);
            Style style = Style.of(d.type());
            out.append("    ")
                    .append(dotId(name))
                    .append(" [label=")
                    .append(dotId(name + "\n" + subtitle(d)))
                    .append(", fillcolor=\"")
                    .append(style.fill)
                    .append('"');
            if (name.equals(report.tableName())) {
                out.append(", color=\"")
                        .append(ROOT_STROKE)
                        .append("\", penwidth=3, fontname=\"Helvetica-Bold\"");
            } else {
                out.append(", color=\"").append(style.stroke).append('"');
            }
            out.append("];\n");
        }
        for (HierarchyReport.Edge e : report.edges()) {
            out.append("    ")
                    .append(dotId(e.parent()))
                    .append(" -> ")
                    .append(dotId(e.child()))
                    .append(";\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /** {@code type, product} (no product for tables without one). */
    private static String subtitle(PipelineDefinition d) {
        String product = d.productName();
        return product.isEmpty() || product.equals(TableNode.NO_PRODUCT)
                ? d.type().jsonName()
                : d.type().jsonName() + ", " + product;
    }

    /**
     * Mermaid node ids: {@code t_} and the name with anything but letters, digits and {@code _}
     * replaced by {@code _} (the prefix keeps clear of keywords such as {@code end}); a clash gets
     * a counter.
     */
    private static Map<String, String> mermaidIds(HierarchyReport report) {
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String name : report.tables()) {
            String base = "t_" + name.replaceAll("[^A-Za-z0-9_]", "_");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "_" + n;
            }
            ids.put(name, id);
        }
        return ids;
    }

    /** Text inside a quoted Mermaid label: quotes and angle brackets as entity codes. */
    private static String mermaidText(String text) {
        return text.replace("#", "#35;")
                .replace("\"", "#quot;")
                .replace("<", "#lt;")
                .replace(">", "#gt;");
    }

    /** A DOT quoted id: backslash and quote escaped, a newline as DOT's {@code \n}. */
    private static String dotId(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
