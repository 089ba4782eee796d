package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.sql.SqlAnalysis;

/**
 * A table of a project with what its SQL says.
 *
 * @param node the table in the graph
 * @param ddl the analysis of its DDL file, or null (external tables)
 * @param dml the analysis of its DML file, or null (no DML)
 * @param sqlHash SHA-256 (hex) of its DDL and DML text, empty for external tables
 */
public record ProjectTable(TableNode node, SqlAnalysis ddl, SqlAnalysis dml, String sqlHash) {}
