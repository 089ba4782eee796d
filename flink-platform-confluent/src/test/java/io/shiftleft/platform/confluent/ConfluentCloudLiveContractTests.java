package io.shiftleft.platform.confluent;

import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The port's contract on a real Confluent Cloud environment, when {@code SHIFTLEFT_CCF_*} variables
 * say which (see {@link ConfluentSettings#fromEnvironment}); skipped otherwise. The tables it
 * creates are dropped at the end, best effort.
 */
@EnabledIfEnvironmentVariable(named = "SHIFTLEFT_CCF_ORG_ID", matches = ".+")
class ConfluentCloudLiveContractTests extends ConfluentContract {

    private static final Set<String> TABLES = ConcurrentHashMap.newKeySet();
    private static ConfluentCloudPlatform platform;

    @Override
    protected void tableCreated(String table) {
        TABLES.add(table);
    }

    @Override
    protected synchronized FlinkPlatform platform() {
        if (platform == null) {
            platform =
                    new ConfluentCloudPlatform(ConfluentSettings.fromEnvironment(System.getenv()));
        }
        return platform;
    }

    @Override
    protected Duration ddlTimeout() {
        return Duration.ofMinutes(2);
    }

    @Override
    protected Duration runTimeout() {
        return Duration.ofMinutes(10);
    }

    @AfterAll
    static void dropTables() {
        if (platform == null) {
            return;
        }
        int n = 0;
        for (String table : TABLES) {
            String name = "sl-ct-drop-" + System.currentTimeMillis() % 100000 + "-" + n++;
            try {
                platform.submit(StatementSpec.of(name, "DROP TABLE IF EXISTS `" + table + "`"));
                platform.awaitPhase(name, Set.of(StatementPhase.COMPLETED), Duration.ofMinutes(2));
            } catch (PlatformException e) {
                System.err.println("Could not drop test table " + table + ": " + e.getMessage());
            } finally {
                try {
                    platform.delete(name);
                } catch (PlatformException e) {
                    System.err.println("Could not delete " + name + ": " + e.getMessage());
                }
            }
        }
        TABLES.clear();
    }
}
