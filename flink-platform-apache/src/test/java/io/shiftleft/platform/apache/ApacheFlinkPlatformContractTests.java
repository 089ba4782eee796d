package io.shiftleft.platform.apache;

import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.FlinkPlatformContract;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementSpec;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The platform contract on a real Flink 2.2 (MiniCluster plus SQL Gateway) with Kafka tables in
 * JSON: every test's tables get their own topics, statements their own names.
 */
class ApacheFlinkPlatformContractTests extends FlinkPlatformContract {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static TestStack stack;
    private static InMemoryStatementStore store;
    private static ApacheFlinkPlatform platform;

    @BeforeAll
    static void startFlink() throws Exception {
        stack = TestStack.start();
        store = new InMemoryStatementStore();
        platform = stack.platform(store);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Override
    protected FlinkPlatform platform() {
        return platform;
    }

    @Override
    protected String uniqueName(String stem) {
        return "c" + RUN + "-" + stem + "-" + COUNTER.incrementAndGet();
    }

    @Override
    protected String createTableSql(String table) {
        return stack.kafkaTable(table);
    }

    @Override
    protected String continuousInsertSql(String source, String sink) {
        return "INSERT INTO " + sink + " SELECT id, name FROM " + source;
    }

    @Override
    protected String invalidSql() {
        return "INSERT INTO no_such_table SELECT 1";
    }

    @Override
    protected String invalidSqlMessageFragment() {
        return "Cannot find table";
    }

    @Override
    protected StatementSpec managedSpec(String name, String sql) {
        return StatementSpec.of(name, sql).withLabels(Map.of("run", RUN));
    }

    @Override
    protected StatementFilter managed() {
        return StatementFilter.labelled(Map.of("run", RUN));
    }

    @Override
    protected String sqlOf(String statementName) {
        return store.find(statementName).orElseThrow().sql();
    }
}
