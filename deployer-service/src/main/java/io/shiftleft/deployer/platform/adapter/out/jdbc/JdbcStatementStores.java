package io.shiftleft.deployer.platform.adapter.out.jdbc;

import io.shiftleft.platform.apache.StatementStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out the statement store of each environment, all in table {@code flink_statement}. */
@Component
public class JdbcStatementStores {

    private final JdbcClient jdbc;

    JdbcStatementStores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The store of one environment's statements. */
    public StatementStore forEnvironment(String environment) {
        return new JdbcStatementStore(jdbc, environment);
    }
}
