package io.shiftleft.deployer.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The statement names a step derives (shift_left's conventions, domain §1.5): the table's DML
 * statement from its DDL statement ({@code …-ddl-…} becomes {@code …-dml-…}) unless the step names
 * it, and the drop statement {@code drop-<table-kebab>}.
 */
final class StatementNaming {

    private StatementNaming() {}

    /** The DML statement of the table whose DDL statement the step runs, when it can be told. */
    static Optional<String> dmlOf(Step step) {
        Optional<String> given = step.reserved(Step.DML_STATEMENT_NAME);
        if (given.isPresent()) {
            return given;
        }
        String ddl = step.statementName();
        int at = ddl.lastIndexOf("-ddl-");
        if (at >= 0) {
            return Optional.of(ddl.substring(0, at) + "-dml-" + ddl.substring(at + 5));
        }
        if (ddl.startsWith("ddl-")) {
            return Optional.of("dml-" + ddl.substring(4));
        }
        return Optional.empty();
    }

    /** {@code drop-<table in kebab case>}, cut to the platform's longest name. */
    static String dropOf(String table, int maxLength) {
        String kebab =
                table.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        String name = "drop-" + kebab;
        return name.length() <= maxLength
                ? name
                : name.substring(0, maxLength).replaceAll("-+$", "");
    }

    /** The table name quoted for Flink SQL: each dotted part in backticks, unless already. */
    static String quoted(String table) {
        if (table.contains("`")) {
            return table;
        }
        StringBuilder out = new StringBuilder();
        for (String part : table.split("\\.")) {
            out.append(out.isEmpty() ? "" : ".").append('`').append(part).append('`');
        }
        return out.toString();
    }
}
