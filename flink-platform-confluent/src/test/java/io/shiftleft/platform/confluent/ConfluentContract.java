package io.shiftleft.platform.confluent;

import io.shiftleft.platform.FlinkPlatformContract;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementSpec;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contract's SQL and labels for Confluent Cloud, shared by the run on the fake and the run on a
 * real environment. Each test instance has its own run id, in every name and in its label, so a
 * test lists only what it made.
 */
abstract class ConfluentContract extends FlinkPlatformContract {

    private final String run =
            HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, String> sqlByName = new ConcurrentHashMap<>();

    @Override
    protected String uniqueName(String stem) {
        return "sl-ct-" + run + "-" + stem + "-" + counter.incrementAndGet();
    }

    @Override
    protected String createTableSql(String table) {
        tableCreated(table);
        return "CREATE TABLE `" + table + "` (`id` INT)";
    }

    /** Called for every table the contract creates (a live run drops them afterwards). */
    protected void tableCreated(String table) {}

    @Override
    protected String continuousInsertSql(String source, String sink) {
        return "INSERT INTO `" + sink + "` SELECT `id` FROM `" + source + "`";
    }

    @Override
    protected String invalidSql() {
        return "SELEC 1";
    }

    @Override
    protected String invalidSqlMessageFragment() {
        return "SELEC";
    }

    @Override
    protected StatementSpec managedSpec(String name, String sql) {
        sqlByName.put(name, sql);
        return StatementSpec.of(name, sql).withLabels(Map.of(label(), "true"));
    }

    @Override
    protected StatementFilter managed() {
        return StatementFilter.labelled(Map.of(label(), "true"));
    }

    @Override
    protected String sqlOf(String statementName) {
        return sqlByName.get(statementName);
    }

    private String label() {
        return "user.confluent.io/sl-ct-" + run;
    }
}
