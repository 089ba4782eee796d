package io.shiftleft.pipeline.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of a {@link HierarchyReport}. */
public enum ReportFormat {
    /** An indented tree for people, repeated subtrees marked {@code (see above)}. */
    TEXT,
    /** shift_left's nested definition, {@code pipeline_definition.json} fields, 3-space indent. */
    JSON,
    /** The same nested definition as YAML. */
    YAML,
    /** A Mermaid {@code flowchart LR}. */
    MERMAID,
    /** A Graphviz {@code digraph}. */
    DOT;

    /** The name on the command line, lower case. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.optionName().equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "Unknown format '" + name + "'; expected one of " + optionNames());
    }

    /** Every format's name, comma-separated. */
    public static String optionNames() {
        return Arrays.stream(values())
                .map(ReportFormat::optionName)
                .collect(Collectors.joining(", "));
    }
}
