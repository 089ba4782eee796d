package io.shiftleft.planner.status.adapter.out.jdbc;

import io.shiftleft.planner.status.ObservedStatement;
import io.shiftleft.planner.status.StatementStatusStore;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link StatementStatusStore} on table {@code planner.statement_status}. */
@Component
class JdbcStatementStatusStore implements StatementStatusStore {

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    JdbcStatementStatusStore(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
    }

    @Override
    public void save(List<ObservedStatement> statements) {
        template.batchUpdate(
                "INSERT INTO statement_status (environment, statement_name, table_name, phase,"
                        + " compute_pool_id, sql_hash, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (environment, statement_name) DO UPDATE SET table_name ="
                        + " EXCLUDED.table_name, phase = EXCLUDED.phase, compute_pool_id ="
                        + " EXCLUDED.compute_pool_id, sql_hash = EXCLUDED.sql_hash, occurred_at ="
                        + " EXCLUDED.occurred_at WHERE statement_status.occurred_at <="
                        + " EXCLUDED.occurred_at",
                statements.stream()
                        .map(
                                s ->
                                        new Object[] {
                                            s.environment(),
                                            s.statementName(),
                                            s.tableName(),
                                            s.phase(),
                                            s.computePoolId(),
                                            s.sqlHash(),
                                            Timestamp.from(s.occurredAt())
                                        })
                        .toList());
    }

    @Override
    public void forget(String statementName) {
        jdbc.sql("DELETE FROM statement_status WHERE statement_name = ?")
                .param(statementName)
                .update();
    }

    @Override
    public Map<String, ObservedStatement> ofEnvironment(String environment) {
        Map<String, ObservedStatement> byName = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT environment, statement_name, table_name, phase, compute_pool_id,"
                                + " sql_hash, occurred_at FROM statement_status WHERE environment"
                                + " = ?")
                .param(environment)
                .query(
                        (rs, n) ->
                                new ObservedStatement(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getTimestamp(7).toInstant()))
                .list()
                .forEach(s -> byName.put(s.statementName(), s));
        return byName;
    }
}
