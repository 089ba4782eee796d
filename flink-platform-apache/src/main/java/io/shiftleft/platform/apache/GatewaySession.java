package io.shiftleft.platform.apache;

import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.PlatformException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The one gateway session the adapter runs statements in, and the reason DDL outlives it: a new
 * session (the first, or one opened after the gateway forgot the last) first replays every stored
 * DDL that succeeded, in creation order, so the in-memory catalog always holds exactly the tables
 * the store knows. Statements run one at a time: the gateway's in-memory catalog is not built for
 * concurrent changes, and a DML's operation ends as soon as its job is submitted.
 */
final class GatewaySession implements AutoCloseable {

    private static final Set<String> ENDED =
            Set.of("FINISHED", "ERROR", "CANCELED", "CLOSED", "TIMEOUT");

    private final SqlGatewayClient gateway;
    private final StatementStore store;
    private final ApacheFlinkSettings settings;
    private final PhasePoller waiter;
    private String session;

    GatewaySession(
            SqlGatewayClient gateway,
            StatementStore store,
            ApacheFlinkSettings settings,
            PhasePoller waiter) {
        this.gateway = gateway;
        this.store = store;
        this.settings = settings;
        this.waiter = waiter;
    }

    /** How one statement's operation ended (or, for a query, started). */
    record Outcome(
            OperationRef op, String status, Optional<String> jobId, Optional<FlinkError> error) {}

    /**
     * Runs one statement in the session (opening and replaying it first when needed).
     *
     * @param awaitEnd wait until the operation ends (DDL, DML); else (a query) until its first
     *     result page is ready
     */
    synchronized Outcome run(
            String name, String sql, Map<String, String> config, boolean awaitEnd) {
        ensureOpen();
        OperationRef op;
        try {
            op = new OperationRef(session, gateway.executeStatement(session, sql, config));
        } catch (PlatformException e) {
            if (session == null || gateway.sessionExists(session)) {
                throw e;
            }
            // The gateway lost the session (idle timeout, restart): replay into a new one, once.
            session = null;
            ensureOpen();
            op = new OperationRef(session, gateway.executeStatement(session, sql, config));
        }
        return awaitEnd ? finish(name, op) : started(name, op);
    }

    /** Drops the session: the next statement replays the stored DDL into a new one. */
    synchronized void reset() {
        if (session != null) {
            String old = session;
            session = null;
            closeSessionQuietly(old);
        }
    }

    private void closeSessionQuietly(String handle) {
        try {
            gateway.closeSession(handle);
        } catch (PlatformException e) {
            // the gateway may have forgotten it already; a new session is opened either way
        }
    }

    /**
     * Opens a session now if none is open, replaying the stored DDL (failures are recorded on the
     * statements that failed).
     */
    synchronized void replay() {
        ensureOpen();
    }

    /** The current session's handle, empty when none is open. */
    synchronized Optional<String> current() {
        return Optional.ofNullable(session);
    }

    @Override
    public void close() {
        reset();
    }

    /**
     * Opens a session and replays the stored DDL into it; the session is used only once the replay
     * went through (a replay cut off by an unreachable gateway is started over next time).
     */
    private void ensureOpen() {
        if (session != null) {
            return;
        }
        String fresh = gateway.openSession("shift-left", settings.sessionProperties());
        try {
            List<String> init = settings.sessionInitSql();
            for (int i = 0; i < init.size(); i++) {
                initialise(fresh, i + 1, init.get(i));
            }
            for (StoredStatement ddl : store.findAll()) {
                if (ddl.kind() == StatementKind.DDL && ddl.error().isEmpty()) {
                    replay(fresh, ddl);
                }
            }
        } catch (PlatformException e) {
            closeSessionQuietly(fresh);
            throw e;
        }
        session = fresh;
    }

    /** Runs one of the session's init statements; a failure names it and keeps the session shut. */
    private void initialise(String fresh, int index, String sql) {
        String what = "session init statement " + index + " of " + settings.sessionInitSql().size();
        OperationRef op = new OperationRef(fresh, gateway.executeStatement(fresh, sql, Map.of()));
        Outcome outcome = finish(what, op);
        try {
            gateway.closeOperation(op);
        } catch (PlatformException e) {
            // closing only releases the operation's memory on the gateway
        }
        if (outcome.error().isPresent()) {
            String first = sql.strip().lines().findFirst().orElse("");
            throw new PlatformException(
                    PlatformException.Reason.INVALID_REQUEST,
                    null,
                    "The "
                            + what
                            + " ("
                            + first
                            + " …) failed in a new gateway session: "
                            + outcome.error().get().message());
        }
    }

    private void replay(String fresh, StoredStatement ddl) {
        OperationRef op =
                new OperationRef(
                        fresh, gateway.executeStatement(fresh, ddl.sql(), ddl.properties()));
        Outcome outcome = finish(ddl.name(), op);
        try {
            gateway.closeOperation(op);
        } catch (PlatformException e) {
            // closing only releases the operation's memory on the gateway
        }
        outcome.error()
                .ifPresent(
                        error ->
                                store.update(
                                        ddl.withError(
                                                "Replaying the DDL in a new gateway session failed: "
                                                        + error.message())));
    }

    private Outcome finish(String name, OperationRef op) {
        String status =
                waiter.until(
                        name,
                        "the gateway operation " + op.operation() + " to end",
                        settings.operationTimeout(),
                        () -> gateway.operationStatus(op),
                        ENDED::contains,
                        Waits::describe);
        if (status.equals("FINISHED")) {
            return new Outcome(op, status, jobIdOf(firstPage(name, op)), Optional.empty());
        }
        HttpReply reply = gateway.fetchResultReply(op, "0");
        FlinkError error =
                reply.ok()
                        ? new FlinkError("", "The gateway operation ended as " + status)
                        : reply.error();
        return new Outcome(op, status, Optional.empty(), Optional.of(error));
    }

    /** A query has started once its first page is ready (or its SQL was refused). */
    private Outcome started(String name, OperationRef op) {
        HttpReply first =
                waiter.until(
                        name,
                        "the first result page of operation " + op.operation(),
                        settings.operationTimeout(),
                        () -> gateway.fetchResultReply(op, "0"),
                        r ->
                                !r.ok()
                                        || !"NOT_READY"
                                                .equals(r.body().path("resultType").asString("")),
                        Waits::describe);
        return first.ok()
                ? new Outcome(op, "RUNNING", Optional.empty(), Optional.empty())
                : new Outcome(op, "ERROR", Optional.empty(), Optional.of(first.error()));
    }

    private JsonNode firstPage(String name, OperationRef op) {
        return waiter.until(
                name,
                "the first result page of operation " + op.operation(),
                settings.operationTimeout(),
                () -> gateway.fetchResult(name, op, "0"),
                page -> !"NOT_READY".equals(page.path("resultType").asString("")),
                Waits::describe);
    }

    /** The job id of a DML's result (v2+: {@code jobID}; v1: the {@code job id} column). */
    static Optional<String> jobIdOf(JsonNode page) {
        JsonNode jobId = page.path("jobID");
        if (jobId.isString() && !jobId.stringValue().isBlank()) {
            return Optional.of(jobId.stringValue());
        }
        JsonNode results = page.path("results");
        JsonNode columns = results.path("columns");
        if (columns.size() == 1 && "job id".equals(columns.get(0).path("name").asString(""))) {
            JsonNode field = results.path("data").path(0).path("fields").path(0);
            if (field.isString()) {
                return Optional.of(field.stringValue());
            }
        }
        return Optional.empty();
    }

    /** Closes an operation of the current session; one of an earlier session is gone already. */
    synchronized void closeQuietly(OperationRef op) {
        if (!op.session().equals(session)) {
            return;
        }
        try {
            gateway.closeOperation(op);
        } catch (PlatformException e) {
            // closing only releases memory on the gateway; a session reset releases it too
        }
    }
}
