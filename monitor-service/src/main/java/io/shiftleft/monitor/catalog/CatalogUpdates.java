package io.shiftleft.monitor.catalog;

import java.util.Optional;

/**
 * How a command or a result changes a catalog entry. Pure: applying the same message twice gives
 * the same entry, and a result read before its command is merged when the command comes.
 */
final class CatalogUpdates {

    private CatalogUpdates() {}

    /** The entry after a command (before may be null: a statement seen for the first time). */
    static CatalogEntry withCommand(CatalogEntry before, CommandSeen c) {
        boolean resultFirst = before != null && c.commandId().equals(before.lastCommandId());
        boolean submits = c.submits();
        CatalogEntry merged =
                new CatalogEntry(
                        c.environment(),
                        c.statementName(),
                        c.tableName() != null || before == null
                                ? c.tableName()
                                : before.tableName(),
                        c.productName() != null || before == null
                                ? c.productName()
                                : before.productName(),
                        submits ? c.sql() : before == null ? null : before.sql(),
                        submits ? c.sqlHash() : before == null ? null : before.sqlHash(),
                        c.action(),
                        c.commandId(),
                        resultFirst ? before.lastOutcome() : null,
                        before == null ? null : before.jobId(),
                        before != null && before.stopped(),
                        resultFirst || !submits ? (before == null ? null : before.error()) : null,
                        submits || before == null ? c.occurredAt() : before.deployedAt(),
                        true);
        return resultFirst ? settled(merged) : merged;
    }

    /** An entry whose statement the deployer deletes because its table is dropped. */
    static CatalogEntry deletedByDrop(CatalogEntry e, CommandSeen drop) {
        return new CatalogEntry(
                e.environment(),
                e.statementName(),
                e.tableName(),
                e.productName(),
                e.sql(),
                e.sqlHash(),
                "DELETE",
                drop.commandId() + "/drop",
                null,
                null,
                false,
                null,
                e.deployedAt(),
                false);
    }

    /**
     * The entry after a result; empty when the result answers an older command than the entry's
     * last one (the entry already reflects something newer).
     */
    static Optional<CatalogEntry> withResult(CatalogEntry before, ResultSeen r) {
        if (before == null) {
            // Read before its command: keep what it says until the command arrives.
            return Optional.of(
                    new CatalogEntry(
                            r.environment(),
                            r.statementName(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            r.commandId(),
                            r.outcome(),
                            r.platformId(),
                            "STOPPED".equals(r.phase()),
                            r.succeeded() ? null : failure(r),
                            r.finishedAt(),
                            true));
        }
        if (!r.commandId().equals(before.lastCommandId())) {
            return Optional.empty();
        }
        boolean failedSubmit = !r.succeeded() && submits(before.lastAction());
        CatalogEntry answered =
                new CatalogEntry(
                        before.environment(),
                        before.statementName(),
                        before.tableName(),
                        before.productName(),
                        before.sql(),
                        before.sqlHash(),
                        before.lastAction(),
                        before.lastCommandId(),
                        r.outcome(),
                        r.platformId() != null || failedSubmit ? r.platformId() : before.jobId(),
                        r.succeeded() ? "STOPPED".equals(r.phase()) : before.stopped(),
                        r.succeeded() ? null : failure(r),
                        before.deployedAt(),
                        before.present());
        return Optional.of(settled(answered));
    }

    /** Applies what the last command's outcome means for the statement, once both are known. */
    private static CatalogEntry settled(CatalogEntry e) {
        boolean ok = "SUCCEEDED".equals(e.lastOutcome()) || "ALREADY_DONE".equals(e.lastOutcome());
        if (!ok || e.lastAction() == null) {
            return e;
        }
        return new CatalogEntry(
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
                e.lastAction().equals("STOP") || !e.lastAction().equals("RESUME") && e.stopped(),
                null,
                e.deployedAt(),
                e.present() && !e.lastAction().equals("DELETE"));
    }

    private static boolean submits(String action) {
        return "RUN_DDL".equals(action) || "RUN_DML".equals(action) || "RESTART_DML".equals(action);
    }

    private static String failure(ResultSeen r) {
        return r.detail() != null && !r.detail().isBlank()
                ? r.detail()
                : "The deployer answered " + r.outcome() + " for command " + r.commandId();
    }
}
