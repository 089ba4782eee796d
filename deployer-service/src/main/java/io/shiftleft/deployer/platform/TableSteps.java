package io.shiftleft.deployer.platform;

import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Steps on tables (domain §4.1, §4.4). RUN_DDL: when the step drops the table, delete the table's
 * DML statement and the previous DDL statement, then drop the table; else keep an identical
 * COMPLETED DDL statement as it is, and delete one that runs other SQL or failed; then submit and
 * await COMPLETED. DROP_TABLE: {@code DROP TABLE IF EXISTS} as statement {@code drop-<table>},
 * awaited, then deleted whatever happened.
 */
final class TableSteps {

    private TableSteps() {}

    static StepResult runDdl(Step step, StatementOps ops) {
        String name = step.statementName();
        String sql = step.sql().orElseThrow();
        List<String> done = new ArrayList<>();
        if (step.dropTable()) {
            Optional<String> dml = StatementNaming.dmlOf(step);
            if (dml.isEmpty()) {
                return StepResult.rejected(
                        "RUN_DDL of "
                                + name
                                + " drops table "
                                + step.tableName()
                                + " but its DML statement cannot be told: the name has no '-ddl-'"
                                + " and property "
                                + Step.DML_STATEMENT_NAME
                                + " is not set");
            }
            if (ops.deleteIfPresent(dml.get())) {
                done.add("deleted DML statement " + dml.get());
            }
            if (ops.deleteIfPresent(name)) {
                done.add("deleted the previous DDL statement");
            }
            StepResult dropped = dropTable(step, ops);
            if (!dropped.success()) {
                return dropped;
            }
            done.add("dropped table " + step.tableName());
        } else {
            Optional<StatementStatus> existing = ops.find(name);
            if (existing.isPresent()) {
                StatementStatus s = existing.get();
                boolean same = StatementOps.sameSql(s, sql);
                if (same && s.phase() == StatementPhase.COMPLETED) {
                    return StepResult.of(
                            Outcome.ALREADY_DONE,
                            s,
                            "DDL statement " + name + " is COMPLETED with the same SQL already");
                }
                if (same && !s.phase().isTerminal()) {
                    return completed(ops.await(name, StatementPhase.COMPLETED), done);
                }
                ops.deleteIfPresent(name);
                done.add(
                        "deleted the previous DDL statement ("
                                + s.phase()
                                + (same ? "" : ", other SQL")
                                + ")");
            }
        }
        StatementStatus submitted = ops.submit(name, sql);
        if (submitted.phase() == StatementPhase.FAILED) {
            return StepResult.of(
                    Outcome.FAILED,
                    submitted,
                    "DDL statement " + name + " FAILED: " + submitted.detail());
        }
        return completed(ops.await(name, StatementPhase.COMPLETED), done);
    }

    /** Drops the step's table through a statement of its own, deleted afterwards. */
    static StepResult dropTable(Step step, StatementOps ops) {
        String table = step.tableName();
        if (table.isBlank()) {
            return StepResult.rejected(
                    "Dropping the table of "
                            + step.statementName()
                            + " needs the command's tableName, which is empty");
        }
        String drop = StatementNaming.dropOf(table, ops.maxNameLength());
        ops.deleteIfPresent(drop);
        try {
            StatementStatus s =
                    ops.submit(drop, "DROP TABLE IF EXISTS " + StatementNaming.quoted(table));
            if (s.phase() == StatementPhase.FAILED) {
                return StepResult.of(
                        Outcome.FAILED,
                        s,
                        "Dropping table "
                                + table
                                + " (statement "
                                + drop
                                + ") FAILED: "
                                + s.detail());
            }
            StatementStatus dropped = ops.await(drop, StatementPhase.COMPLETED);
            return StepResult.of(
                    Outcome.SUCCEEDED,
                    dropped,
                    "Dropped table " + table + " (statement " + drop + ")");
        } finally {
            ops.deleteQuietly(drop);
        }
    }

    private static StepResult completed(StatementStatus status, List<String> done) {
        return StepResult.of(
                Outcome.SUCCEEDED,
                status,
                "DDL statement "
                        + status.name()
                        + " COMPLETED"
                        + (done.isEmpty() ? "" : " (" + String.join("; ", done) + ")"));
    }
}
