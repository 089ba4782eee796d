package io.shiftleft.pipeline.naming;

import io.shiftleft.pipeline.model.TableNode;
import java.util.Objects;

/**
 * shift_left's naming conventions, plus the platform's name check shift_left lacks.
 *
 * <ul>
 *   <li>DML: {@code <cluster_type>-<region abbrev>[-<product>]-dml-<table with _→->}, e.g. {@code
 *       dev-usw2-p2-dml-src-x}; DDL the same with {@code ddl}, e.g. {@code
 *       dev-usw2-p1-ddl-p1-fct-order}. The product segment is left out when the settings turn it
 *       off or the table has no product (empty or {@code "None"}); like shift_left, the product is
 *       inserted as it is.
 *   <li>Drop: {@code drop-<table-kebab>}, without environment prefix, e.g. {@code
 *       drop-p1-fct-order}.
 *   <li>Compute pool: {@code <cluster_type>-<table-kebab>} with {@code recordconfiguration→reccfg}
 *       and {@code recordexecution→recexe}, cut to {@value #POOL_NAME_MAX_LENGTH} characters, e.g.
 *       {@code dev-p1-fct-order}. As in shift_left, two tables whose names agree on the first 64
 *       characters share a pool name.
 * </ul>
 *
 * <p><b>Length and character check (a fix of shift_left).</b> shift_left never checks statement
 * names, so a long table name makes the platform reject the statement. Here every statement name
 * that shift_left would build is kept as it is when the platform accepts it (see {@link
 * StatementNameRules}); otherwise it is repaired by {@link StatementNameRules#fit}: lowercased,
 * other characters replaced by {@code -}, cut, and suffixed with {@code -} and 8 hex digits of the
 * SHA-256 of shift_left's name. Names of valid length are therefore identical to shift_left's.
 */
public final class ShiftLeftNaming implements NamingStrategy {

    /** shift_left's cut of compute pool display names (the platform's limit too). */
    public static final int POOL_NAME_MAX_LENGTH = 64;

    private final NamingSettings settings;
    private final int maxStatementNameLength;

    /** Naming with the documented statement name limit, {@link StatementNameRules#MAX_LENGTH}. */
    public ShiftLeftNaming(NamingSettings settings) {
        this(settings, StatementNameRules.MAX_LENGTH);
    }

    /**
     * Naming with another statement name limit (e.g. {@link StatementNameRules#API_MAX_LENGTH}).
     */
    public ShiftLeftNaming(NamingSettings settings, int maxStatementNameLength) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (maxStatementNameLength < 2 * (StatementNameRules.HASH_LENGTH + 1)
                || maxStatementNameLength > StatementNameRules.API_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "maxStatementNameLength out of range: " + maxStatementNameLength);
        }
        this.maxStatementNameLength = maxStatementNameLength;
    }

    public NamingSettings settings() {
        return settings;
    }

    @Override
    public String ddlStatementName(TableNode table) {
        return fit(shiftLeftStatementName(table, "ddl"));
    }

    @Override
    public String dmlStatementName(TableNode table) {
        return fit(shiftLeftStatementName(table, "dml"));
    }

    @Override
    public String dropStatementName(TableNode table) {
        return fit("drop-" + kebab(table.tableName()));
    }

    @Override
    public String computePoolName(TableNode table) {
        String name =
                (settings.clusterType() + "-" + kebab(table.tableName()))
                        .replace("recordconfiguration", "reccfg")
                        .replace("recordexecution", "recexe");
        return name.length() <= POOL_NAME_MAX_LENGTH
                ? name
                : name.substring(0, POOL_NAME_MAX_LENGTH);
    }

    /**
     * The name shift_left gives a statement of the table, unchecked: {@code
     * <prefix>[-<product>]-<kind>-<table-kebab>}.
     *
     * @param kind {@code ddl} or {@code dml}
     */
    public String shiftLeftStatementName(TableNode table, String kind) {
        StringBuilder name = new StringBuilder(settings.statementPrefix());
        if (settings.includeProductSegment() && table.hasProduct()) {
            name.append('-').append(table.productName());
        }
        return name.append('-')
                .append(kind)
                .append('-')
                .append(kebab(table.tableName()))
                .toString();
    }

    private String fit(String name) {
        return StatementNameRules.fit(name, maxStatementNameLength);
    }

    private static String kebab(String tableName) {
        return tableName.replace('_', '-');
    }
}
