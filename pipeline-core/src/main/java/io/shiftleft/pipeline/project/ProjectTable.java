package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import java.util.Map;

/**
 * A table of a project with what its SQL says.
 *
 * @param node the table in the graph
 * @param ddl the analysis of its DDL file, or null (external tables)
 * @param dml the analysis of its DML file, or null (no DML)
 * @param sqlHash SHA-256 (hex) over the digests of its DDL and DML text and of their properties
 *     files, empty for external tables
 * @param ddlProperties the statement properties of the DDL, from its sibling {@code
 *     <stem>.properties} file (Java properties), empty when there is none
 * @param dmlProperties the same for the DML
 */
public record ProjectTable(
        TableNode node,
        SqlAnalysis ddl,
        SqlAnalysis dml,
        String sqlHash,
        Map<String, String> ddlProperties,
        Map<String, String> dmlProperties) {

    public ProjectTable {
        ddlProperties = Map.copyOf(ddlProperties);
        dmlProperties = Map.copyOf(dmlProperties);
    }

    /** A table without properties files. */
    public ProjectTable(TableNode node, SqlAnalysis ddl, SqlAnalysis dml, String sqlHash) {
        this(node, ddl, dml, sqlHash, Map.of(), Map.of());
    }
}
