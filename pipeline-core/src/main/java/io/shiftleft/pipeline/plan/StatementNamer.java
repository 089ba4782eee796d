package io.shiftleft.pipeline.plan;

import io.shiftleft.pipeline.model.TableNode;

/** Names the statements of a table, per environment. */
public interface StatementNamer {

    String ddlStatementName(TableNode table);

    String dmlStatementName(TableNode table);
}
