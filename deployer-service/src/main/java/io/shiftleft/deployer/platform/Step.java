package io.shiftleft.deployer.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One step to execute on a platform, as a deployment command gives it.
 *
 * @param action what to do
 * @param statementName the statement acted on
 * @param tableName the table the statement belongs to (needed to drop it)
 * @param sql the SQL of RUN_DDL, RUN_DML and RESTART_DML
 * @param computePoolId the compute pool, used on platforms that have pools
 * @param properties the statement properties, including the deployer's own {@code shiftleft.*}
 *     keys, which are never sent to the platform
 * @param dropTable whether a RUN_DDL drops the table first
 * @param timeout the step's deadline, from its start
 */
public record Step(
        StepAction action,
        String statementName,
        String tableName,
        Optional<String> sql,
        Optional<String> computePoolId,
        Map<String, String> properties,
        boolean dropTable,
        Duration timeout) {

    /** The prefix of the deployer's own properties, kept from the platform. */
    public static final String RESERVED_PREFIX = "shiftleft.";

    /** Property naming the table's DML statement, for a RUN_DDL that drops the table. */
    public static final String DML_STATEMENT_NAME = "shiftleft.dml-statement-name";

    /** Property that, set to {@code false}, makes RESTART_DML start from scratch. */
    public static final String RESTART_FROM_OFFSETS = "shiftleft.restart-from-offsets";

    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(statementName, "statementName");
        tableName = tableName == null ? "" : tableName;
        sql = Objects.requireNonNull(sql, "sql").filter(s -> !s.isBlank());
        computePoolId =
                Objects.requireNonNull(computePoolId, "computePoolId").filter(s -> !s.isBlank());
        properties = Map.copyOf(properties);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The properties for the platform: the step's, without the deployer's own. */
    public Map<String, String> platformProperties() {
        Map<String, String> kept = new TreeMap<>(properties);
        kept.keySet().removeIf(k -> k.startsWith(RESERVED_PREFIX));
        return kept;
    }

    /** A deployer property of the step, if set and not blank. */
    public Optional<String> reserved(String key) {
        return Optional.ofNullable(properties.get(key))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
