/**
 * Static reports on a project: the hierarchy of one table ({@link
 * io.shiftleft.pipeline.report.HierarchyReport}, shift_left's {@code pipeline report}) as an
 * indented text tree, shift_left's nested JSON or YAML, a Mermaid flowchart or a Graphviz digraph.
 * Plain Java and deterministic: the same project gives the same bytes.
 */
package io.shiftleft.pipeline.report;
