package io.shiftleft.monitor.catalog.adapter.out.jdbc;

import io.shiftleft.monitor.catalog.CatalogEntry;
import io.shiftleft.monitor.catalog.CatalogStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link CatalogStore} on table {@code monitor.catalog_statement}. */
@Component
class JdbcCatalogStore implements CatalogStore {

    private static final String COLUMNS =
            "environment, statement_name, table_name, product_name, sql_text, sql_hash,"
                    + " last_action, last_command_id, last_outcome, job_id, stopped, error,"
                    + " deployed_at, present";

    private final JdbcTemplate jdbc;

    JdbcCatalogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CatalogEntry> entries(String environment) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM catalog_statement WHERE environment = ?",
                JdbcCatalogStore::entry,
                environment);
    }

    @Override
    public void save(CatalogEntry e) {
        jdbc.update(
                "INSERT INTO catalog_statement ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (environment, statement_name) DO UPDATE SET"
                        + " table_name = EXCLUDED.table_name, product_name ="
                        + " EXCLUDED.product_name, sql_text = EXCLUDED.sql_text, sql_hash ="
                        + " EXCLUDED.sql_hash, last_action = EXCLUDED.last_action,"
                        + " last_command_id = EXCLUDED.last_command_id, last_outcome ="
                        + " EXCLUDED.last_outcome, job_id = EXCLUDED.job_id, stopped ="
                        + " EXCLUDED.stopped, error = EXCLUDED.error, deployed_at ="
                        + " EXCLUDED.deployed_at, present = EXCLUDED.present",
                e.environment(),
                e.statementName(),
                e.tableName(),
                e.productName(),
                e.sql(),
                e.sqlHash(),
                e.lastAction(),
                e.lastCommandId(),
                e.lastOutcome(),
                e.jobId(),
                e.stopped(),
                e.error(),
                Timestamp.from(e.deployedAt()),
                e.present());
    }

    private static CatalogEntry entry(ResultSet rs, int row) throws SQLException {
        return new CatalogEntry(
                rs.getString("environment"),
                rs.getString("statement_name"),
                rs.getString("table_name"),
                rs.getString("product_name"),
                rs.getString("sql_text"),
                rs.getString("sql_hash"),
                rs.getString("last_action"),
                rs.getString("last_command_id"),
                rs.getString("last_outcome"),
                rs.getString("job_id"),
                rs.getBoolean("stopped"),
                rs.getString("error"),
                rs.getTimestamp("deployed_at").toInstant(),
                rs.getBoolean("present"));
    }
}
